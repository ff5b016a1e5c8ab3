package dev.plumb.rules.networking;

import dev.plumb.model.LabelSelector;
import dev.plumb.model.HiddenObjects;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.Set;

@RuleInfo(
        id = "network-policy-selects-nothing",
        title = "NetworkPolicy selects no pod",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        knownBug = true,
        rationale = "A NetworkPolicy applies only to the pods its `podSelector` matches. When the selector "
                + "matches no pod template of the namespace (a typo, a label renamed on one side, labels "
                + "written without `matchLabels`), the policy silently protects nothing and the pods it was "
                + "written for stay open. Checked only in namespaces whose workloads the repository defines "
                + "and where no Helm release or operator adds pods plumb cannot see.",
        fix = """
                Make `spec.podSelector` match the labels of the pod template it is meant for, under \
                `matchLabels`:
                ```yaml
                spec:
                  podSelector:
                    matchLabels:
                      app.kubernetes.io/name: <workload>
                ```
                Delete the policy if its workload is gone.""",
        references = {
            "https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource",
            "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors"
        },
        equivalents = {"kube-score:networkpolicy-targets-pod", "kube-linter:dangling-networkpolicy"})
public final class NetworkPolicySelectsNothing implements PlatformRule {

    /** Labels controllers put on pods at run time, absent from the template: a selector on them can't be judged. */
    private static final Set<String> RUNTIME_LABELS = Set.of(
            "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index", "pod-template-hash",
            "controller-revision-hash", "job-name", "batch.kubernetes.io/job-name", "controller-uid",
            "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-completion-index");

    @Override
    public void check(Platform platform, Findings findings) {
        HiddenObjects hidden = HiddenObjects.of(platform);
        for (Resource policy : platform.ofKind("NetworkPolicy")) {
            if (!PolicyCoverage.isStandard(policy) || PolicyCoverage.selectsEveryPod(policy)) {
                continue;
            }
            Node podSelector = policy.spec().get("podSelector");
            if (podSelector.isMap() && podSelector.fields().keySet().stream()
                    .anyMatch(key -> !key.equals("matchLabels") && !key.equals("matchExpressions"))) {
                // A shape error, whatever pods the namespace holds.
                findings.report(policy, podSelector, policy.id() + " writes labels straight under podSelector "
                        + "(without matchLabels): the API server rejects it, or drops them and selects every pod");
                continue;
            }
            String namespace = policy.namespace();
            // Signal that the repository shows the namespace's pods: it defines workloads there and
            // nothing there (a Helm release, an operator's resource) creates pods it does not show.
            if (platform.workloadsIn(namespace).isEmpty() || hidden.mayHideWorkloads(namespace)) {
                continue;
            }
            LabelSelector selector = LabelSelector.of(podSelector);
            if (selector.isUnreadable() || usesRuntimeLabels(podSelector)
                    || !platform.workloadsSelectedBy(namespace, selector).isEmpty()) {
                continue;
            }
            findings.report(policy, podSelector, policy.id() + " selects " + selector
                    + ", which matches no pod template in namespace " + namespace);
        }
    }

    private static boolean usesRuntimeLabels(Node selector) {
        if (selector.get("matchLabels").fields().keySet().stream().anyMatch(RUNTIME_LABELS::contains)) {
            return true;
        }
        return selector.get("matchExpressions").elements().stream()
                .anyMatch(expression -> RUNTIME_LABELS.contains(expression.get("key").textOr("")));
    }
}
