package dev.plumb.rules.availability;

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
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "pdb-blocks-eviction",
        title = "PodDisruptionBudget blocks every eviction",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        knownBug = true,
        rationale = "A budget with `maxUnavailable: 0`, `minAvailable: 100%`, or a `minAvailable` as large as the "
                + "number of pods it selects never allows a voluntary eviction. `kubectl drain` and the k3s "
                + "system-upgrade-controller then wait forever on that node: upgrades stall with the node cordoned, "
                + "until someone deletes the budget or the pod by hand. A single-replica workload with "
                + "`minAvailable: 1` is the usual case.",
        fix = """
                Allow at least one disruption. For a replicated workload keep one pod spare; for a single replica, \
                drop the budget (it cannot protect one pod, only block the drain) or accept the short outage:
                ```yaml
                spec:
                  maxUnavailable: 1
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: <workload>
                ```""",
        references = {
            "https://kubernetes.io/docs/tasks/run-application/configure-pdb/",
            "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/",
            "https://docs.k3s.io/upgrades/automated"
        },
        equivalents = {
            "polaris:pdbDisruptionsIsZero",
            "kube-linter:pdb-max-unavailable",
            "kube-linter:pdb-min-available"
        })
public final class PdbBlocksEviction implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        Autoscalers autoscalers = Autoscalers.of(platform);
        for (Resource budget : platform.ofKind("PodDisruptionBudget")) {
            if (!budget.group().equals("policy")) {
                continue;
            }
            LabelSelector selector = LabelSelector.of(budget.spec().get("selector"));
            // An absent selector, or an empty one in policy/v1beta1, selects no pod: nothing to block.
            if (selector.matchesNothing() || (budget.apiVersion().equals("policy/v1beta1") && selector.matchesEverything())) {
                continue;
            }
            List<Workload> selected = platform.workloadsSelectedBy(budget.namespace(), selector);
            Node maxUnavailable = budget.spec().get("maxUnavailable");
            Node minAvailable = budget.spec().get("minAvailable");
            if (!maxUnavailable.isMissing()) {
                checkMaxUnavailable(budget, maxUnavailable, selected, findings);
            } else if (minAvailable.text() != null) {
                checkMinAvailable(budget, minAvailable, selected, autoscalers, findings);
            }
        }
    }

    private static void checkMaxUnavailable(Resource budget, Node maxUnavailable, List<Workload> selected, Findings findings) {
        String text = maxUnavailable.text();
        // Drains skip DaemonSet pods, so a budget over DaemonSet pods alone never holds a drain up.
        boolean onlyDaemonSets = !selected.isEmpty() && selected.stream().allMatch(w -> w.kind().equals("DaemonSet"));
        if (text != null && (text.trim().equals("0") || text.trim().equals("0%")) && !onlyDaemonSets) {
            findings.report(budget, maxUnavailable, budget.id() + " allows no voluntary eviction (maxUnavailable: "
                    + text.trim() + "): draining a node that runs its pods (kubectl drain, a k3s upgrade) never finishes");
        }
    }

    private static void checkMinAvailable(Resource budget, Node minAvailable, List<Workload> selected,
                                          Autoscalers autoscalers, Findings findings) {
        String text = minAvailable.text().trim();
        boolean percent = text.endsWith("%");
        Optional<Long> value = parse(percent ? text.substring(0, text.length() - 1) : text);
        if (value.isEmpty()) {
            return;
        }
        if (percent && value.get() >= 100) {
            findings.report(budget, minAvailable, budget.id() + " requires every pod to stay up (minAvailable: " + text
                    + "): draining a node that runs its pods (kubectl drain, a k3s upgrade) never finishes");
            return;
        }
        Optional<Pods> pods = count(selected, autoscalers);
        if (pods.isEmpty() || pods.get().total() == 0) {
            return;
        }
        long total = pods.get().total();
        // Kubernetes rounds a percentage of minAvailable up: 50% of one pod is one pod.
        long required = percent ? (value.get() * total + 99) / 100 : value.get();
        if (required >= total) {
            findings.report(budget, minAvailable, budget.id() + " keeps minAvailable: " + text + " while "
                    + pods.get().describe() + ": no pod may be evicted, so draining its node (kubectl drain, "
                    + "a k3s upgrade) never finishes");
        }
    }

    /** How many pods the selected workloads keep at the least, and who runs them; empty when any count is unknown. */
    private record Pods(long total, List<String> parts) {

        String describe() {
            return parts.size() == 1 ? parts.get(0) : "the pods it selects number " + total + " (" + String.join(", ", parts) + ")";
        }
    }

    private static Optional<Pods> count(List<Workload> selected, Autoscalers autoscalers) {
        if (selected.isEmpty()) {
            // Pods from a chart or an operator are invisible here: can't tell how many there are.
            return Optional.empty();
        }
        long total = 0;
        List<String> parts = new ArrayList<>();
        for (Workload workload : selected) {
            if (workload.kind().equals("Pod")) {
                total += 1;
                parts.add(workload.resource().id() + " is 1 pod");
                continue;
            }
            // DaemonSets (one pod per node), Jobs and templated counts: the number is not in the manifest.
            Optional<Replicas.Floor> floor = Replicas.minimum(autoscalers, workload);
            if (floor.isEmpty()) {
                return Optional.empty();
            }
            total += floor.get().count();
            parts.add(workload.resource().id() + " runs " + floor.get().describe());
        }
        return Optional.of(new Pods(total, parts));
    }

    private static Optional<Long> parse(String number) {
        try {
            return Optional.of(Long.parseLong(number.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
