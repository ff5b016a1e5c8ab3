package dev.plumb.rules.networking;

import dev.plumb.model.HiddenObjects;
import dev.plumb.model.LabelSelector;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;

@RuleInfo(
        id = "service-selector-orphan",
        title = "Service selector matches no pods",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "A Service whose selector matches no pod template has no endpoints: clients get connection "
                + "refused or time out, and an Ingress in front of it answers 503. It usually means a typo or a "
                + "label renamed on one side only. Checked only in namespaces whose workloads the repository "
                + "defines, since pods from a chart or an operator outside the repository are invisible here.",
        fix = "Make the Service's `spec.selector` equal to labels of the pod template it should reach (compare "
                + "with `kubectl get endpointslices -l kubernetes.io/service-name=<name>`), or delete the Service "
                + "if nothing should serve it. Prefer a stable label such as `app.kubernetes.io/name` on both sides.",
        references = {
            "https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service",
            "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/"
        },
        equivalents = {"kube-score:service-targets-pod", "kube-linter:dangling-service"})
public final class ServiceSelectorOrphan implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        HiddenObjects hidden = HiddenObjects.of(platform);
        for (Resource service : platform.ofKind("Service")) {
            // ExternalName Services and Services without a selector (hand-managed endpoints) select nothing by design.
            if ("ExternalName".equals(service.spec().get("type").text())) {
                continue;
            }
            Node selectorNode = service.spec().get("selector");
            LabelSelector selector = LabelSelector.ofEquality(selectorNode);
            if (selector.matchesNothing() || selector.isUnreadable() || !service.namespaceKnown()
                    || platform.workloadsIn(service.namespace()).isEmpty()
                    // Pods made by an operator's resource, a release or unanalysed content: can't tell.
                    || hidden.mayHideWorkloads(service.namespace())
                    || !platform.workloadsOf(service).isEmpty()) {
                continue;
            }
            findings.report(service, selectorNode, service.id() + " selects " + selector
                    + ", which matches no pod template in namespace " + service.namespace());
        }
    }
}
