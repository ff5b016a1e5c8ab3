package dev.plumb.rules.availability;

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
import dev.plumb.rules.IgnoredChanges;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "hpa-replicas-conflict",
        title = "Replica count written on an autoscaled workload",
        category = Category.SCALING,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        knownBug = true,
        rationale = "When an autoscaler owns a workload's scale, a `replicas` value in the manifest fights it: every "
                + "`kubectl apply` and every GitOps sync (Flux, Argo CD) resets the count to the written number, "
                + "killing pods the autoscaler had added under load, until it scales up again minutes later.",
        fix = """
                Delete `spec.replicas` from the workload and let the autoscaler's `minReplicas` set the floor. To \
                migrate without a dip, follow the Kubernetes guide below (apply once with the field removed from \
                `last-applied-configuration`). With Argo CD, `ignoreDifferences` on `/spec/replicas` plus \
                `RespectIgnoreDifferences=true` is the alternative.""",
        references = {
            "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#migrating-deployments-and-statefulsets-to-horizontal-autoscaling"
        },
        equivalents = {"kube-score:deployment-targeted-by-hpa-does-not-have-replicas-configured"})
public final class HpaReplicasConflict implements PlatformRule {

    private static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet");

    @Override
    public void check(Platform platform, Findings findings) {
        Autoscalers autoscalers = Autoscalers.of(platform);
        if (autoscalers.all().isEmpty()) {
            return;
        }
        for (Workload workload : platform.workloads()) {
            Node replicas = workload.resource().spec().get("replicas");
            // A templated count usually sits in a chart's "if not autoscaling.enabled" block: can't tell.
            if (!KINDS.contains(workload.kind()) || replicas.text() == null) {
                continue;
            }
            // Terraform's documented way to hand the count to an autoscaler: written at creation, never again.
            if (IgnoredChanges.of(platform).leavesToCluster(workload.resource(), "spec.replicas")) {
                continue;
            }
            Optional<Autoscalers.Autoscaler> driver = autoscalers.driving(workload);
            if (driver.isEmpty()) {
                continue;
            }
            findings.report(workload, replicas, workload.resource().id() + " writes replicas: " + replicas.text()
                    + " while " + driver.get().resource().id() + " scales it: every apply resets the count to "
                    + replicas.text() + " until the autoscaler corrects it");
        }
    }
}
