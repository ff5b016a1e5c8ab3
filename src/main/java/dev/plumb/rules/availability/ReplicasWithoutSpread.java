package dev.plumb.rules.availability;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Autoscalers;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "replicas-without-spread",
        title = "Replicas are not spread across nodes",
        category = Category.RELIABILITY,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "Several replicas only survive a node failure if they run on different nodes. Without "
                + "`podAntiAffinity` or `topologySpreadConstraints` the scheduler's default spreading is a mild "
                + "preference (it tolerates a skew of three pods per node), so after a drain, a restart or on a "
                + "busy node every replica may end up together, and one node going down takes the whole service.",
        fix = """
                Ask the scheduler to spread the replicas over nodes; `ScheduleAnyway` keeps a one-node cluster \
                schedulable:
                ```yaml
                spec:
                  template:
                    spec:
                      topologySpreadConstraints:
                        - maxSkew: 1
                          topologyKey: kubernetes.io/hostname
                          whenUnsatisfiable: ScheduleAnyway
                          labelSelector:
                            matchLabels:
                              app.kubernetes.io/name: <workload>
                ```
                When the replicas are pinned to one node, pin them to a set of nodes instead (a node label).""",
        references = {
            "https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/",
            "https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity"
        },
        equivalents = {
            "polaris:topologySpreadConstraint",
            "kube-score:deployment-has-host-podantiaffinity",
            "kube-score:statefulset-has-host-podantiaffinity",
            "kube-linter:no-anti-affinity"
        })
public final class ReplicasWithoutSpread implements PlatformRule {

    private static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");

    @Override
    public void check(Platform platform, Findings findings) {
        Autoscalers autoscalers = Autoscalers.of(platform);
        for (Workload workload : platform.workloads()) {
            if (!KINDS.contains(workload.kind())) {
                continue;
            }
            Optional<Replicas.Floor> floor = Replicas.minimum(autoscalers, workload);
            if (floor.isEmpty() || floor.get().count() < 2 || portsForceSpread(workload)) {
                continue;
            }
            Spread.Verdict spread = Spread.of(workload);
            if (spread.spreads()) {
                continue;
            }
            Optional<NodePinning.Pin> pin = NodePinning.of(workload.podSpec());
            if (pin.isPresent()) {
                findings.report(workload, pin.get().at(), workload.resource().id() + " runs " + floor.get().describe()
                        + ", all pinned to node " + pin.get().node() + " (" + pin.get().how()
                        + "): when that node fails, every replica stops");
                continue;
            }
            if (spread.strayTerm().isPresent()) {
                Node term = spread.strayTerm().get();
                Node selector = term.get("labelSelector");
                findings.report(workload, selector.isMissing() ? term : selector, workload.resource().id() + " runs "
                        + floor.get().describe() + ", but the labelSelector of its podAntiAffinity or "
                        + "topologySpreadConstraints does not select its own pods: they may all run on one node");
                continue;
            }
            Node replicas = workload.resource().spec().get("replicas");
            Node at = replicas.isScalar() && floor.get().autoscaler() == null ? replicas : workload.resource().metadata().get("name");
            findings.report(workload, at, workload.resource().id() + " runs " + floor.get().describe()
                    + " with neither podAntiAffinity nor topologySpreadConstraints: they may all run on one node");
        }
    }

    /** Two pods cannot bind the same host port on one node, so the scheduler already keeps them apart. */
    private static boolean portsForceSpread(Workload workload) {
        boolean hostNetwork = workload.podSpec().node().get("hostNetwork").isTrue();
        for (Container container : workload.podSpec().containers()) {
            for (Node port : container.ports().elements()) {
                if (hostNetwork || port.get("hostPort").asLong().orElse(0L) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
