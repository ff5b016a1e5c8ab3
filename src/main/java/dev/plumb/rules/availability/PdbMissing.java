package dev.plumb.rules.availability;

import dev.plumb.model.HiddenObjects;
import dev.plumb.model.LabelSelector;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Autoscalers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
        id = "pdb-missing",
        title = "Replicated workload has no PodDisruptionBudget",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        controls = "pdb",
        rationale = "Running several replicas only keeps a service up if they are not all stopped together. "
                + "Without a PodDisruptionBudget a node drain (a k3s upgrade, a kernel update) may evict every "
                + "replica at once, and the service goes down during routine maintenance.",
        fix = """
                Add a PodDisruptionBudget selecting the workload's pods that keeps enough of them running:
                ```yaml
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata:
                  name: <workload>
                spec:
                  maxUnavailable: 1
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: <workload>
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/",
            "https://kubernetes.io/docs/tasks/run-application/configure-pdb/"
        },
        equivalents = {
            "polaris:missingPodDisruptionBudget",
            "kube-score:deployment-has-poddisruptionbudget",
            "kube-score:statefulset-has-poddisruptionbudget"
        })
public final class PdbMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        HiddenObjects hidden = HiddenObjects.of(platform);
        Autoscalers autoscalers = Autoscalers.of(platform);
        // One pass over the budgets instead of one per workload: a large repository has thousands of each.
        Map<String, List<LabelSelector>> protecting = new HashMap<>();
        for (Resource budget : platform.ofKind("PodDisruptionBudget")) {
            protectingSelector(budget).ifPresent(selector ->
                    protecting.computeIfAbsent(budget.namespace(), ns -> new ArrayList<>()).add(selector));
        }
        for (Workload workload : platform.workloads()) {
            Optional<Replicas.Floor> floor = Replicas.minimum(autoscalers, workload);
            // A budget may sit in content plumb did not analyse (an unrendered chart, a file broken half-way).
            if (floor.isEmpty() || floor.get().count() < 2 || hidden.unseen("PodDisruptionBudget", workload.namespace())
                    || isCovered(protecting.getOrDefault(workload.namespace(), List.of()), workload)) {
                continue;
            }
            Node replicasNode = workload.resource().spec().get("replicas");
            Node at = replicasNode.isScalar() ? replicasNode : workload.resource().metadata().get("name");
            findings.report(workload, at, workload.resource().id() + " runs " + floor.get().describe()
                    + " but no PodDisruptionBudget in namespace " + workload.namespace() + " selects its pods");
        }
    }

    /** The pods a budget protects; none when it allows every eviction or selects nothing. */
    private static Optional<LabelSelector> protectingSelector(Resource budget) {
        // Without minAvailable or maxUnavailable a budget allows every eviction: it protects nothing.
        if (budget.spec().get("minAvailable").isNull() && budget.spec().get("maxUnavailable").isNull()) {
            return Optional.empty();
        }
        LabelSelector selector = LabelSelector.of(budget.spec().get("selector"));
        // policy/v1beta1 read an empty selector as "no pods"; policy/v1 reads it as "every pod".
        if (budget.apiVersion().equals("policy/v1beta1") && selector.matchesEverything()) {
            return Optional.empty();
        }
        return Optional.of(selector);
    }

    private static boolean isCovered(List<LabelSelector> selectors, Workload workload) {
        for (LabelSelector selector : selectors) {
            if (selector.isUnreadable() || selector.matches(workload.templateLabels())) {
                return true;
            }
        }
        return false;
    }
}
