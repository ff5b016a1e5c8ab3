package dev.plumb.rules.availability;

import dev.plumb.model.HiddenObjects;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Autoscalers;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "hpa-target-missing",
        title = "Autoscaler targets a missing workload",
        category = Category.SCALING,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        knownBug = true,
        rationale = "An autoscaler whose `scaleTargetRef` names no workload scales nothing: the service you expect "
                + "to grow under load stays at its written replica count, and the autoscaler only reports "
                + "`FailedGetScale` in its events, where nobody looks. It usually follows a rename or a kind change "
                + "(a Deployment turned StatefulSet). Checked only in namespaces whose workloads the repository "
                + "defines and into which no Helm chart installs.",
        fix = """
                Point `scaleTargetRef` at the workload's kind and name, or delete the autoscaler:
                ```yaml
                spec:
                  scaleTargetRef:
                    apiVersion: apps/v1
                    kind: Deployment
                    name: <workload>
                ```""",
        references = {
            "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
            "https://keda.sh/docs/latest/reference/scaledobject-spec/"
        },
        equivalents = {"kube-score:horizontalpodautoscaler-has-target", "kube-linter:dangling-horizontalpodautoscaler"})
public final class HpaTargetMissing implements PlatformRule {

    private static final List<String> TARGET_KINDS = List.of("Deployment", "StatefulSet", "ReplicaSet");

    @Override
    public void check(Platform platform, Findings findings) {
        HiddenObjects hidden = HiddenObjects.of(platform);
        for (Autoscalers.Autoscaler autoscaler : Autoscalers.of(platform).all()) {
            Resource resource = autoscaler.resource();
            String namespace = resource.namespace();
            // Other targets (Argo Rollouts, custom resources) are not checked; the signal that the repository is
            // the source of truth for the namespace is that it defines workloads there and no chart adds more.
            if (!TARGET_KINDS.contains(autoscaler.targetKind()) || platform.workloadsIn(namespace).isEmpty()
                    || hidden.mayHide(autoscaler.targetKind(), namespace)
                    || platform.find(autoscaler.targetKind(), namespace, autoscaler.targetName()).isPresent()) {
                continue;
            }
            String target = autoscaler.targetKind() + " \"" + autoscaler.targetName() + "\"";
            Optional<String> otherKind = TARGET_KINDS.stream()
                    .filter(kind -> platform.find(kind, namespace, autoscaler.targetName()).isPresent())
                    .findFirst();
            String message = otherKind.isPresent()
                    ? resource.id() + " scales " + target + ", but " + autoscaler.targetName() + " in namespace "
                            + namespace + " is a " + otherKind.get() + ": the autoscaler scales nothing"
                    : resource.id() + " scales " + target + ", which namespace " + namespace
                            + " does not define: the autoscaler scales nothing";
            findings.report(resource, autoscaler.targetNameNode(), message);
        }
    }
}
