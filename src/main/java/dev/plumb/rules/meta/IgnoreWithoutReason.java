package dev.plumb.rules.meta;

import dev.plumb.model.IgnoreAnnotation;
import dev.plumb.model.IgnoreDirective;
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

@RuleInfo(
        id = "ignore-without-reason",
        title = "Suppression gives no reason",
        category = Category.TECH_DEBT,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "A silenced finding without a reason cannot be reviewed: nobody can tell later whether the risk "
                + "was accepted on purpose, is still acceptable, or was hidden to get a build green.",
        fix = "Write why the finding is acceptable after the rule ids, e.g. "
                + "`# plumb:ignore image-tag-mutable pinned by Renovate in the next PR` or "
                + "`plumb.dev/ignore: \"host-namespace — node agent, needs the host network\"`; for a temporary "
                + "acceptance use a `.plumb.yaml` exception with an expiry date instead.",
        references = {})
public final class IgnoreWithoutReason implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        // Reported without a subject: a reasonless "ignore all" annotation must not be able to hide its own finding.
        for (IgnoreDirective directive : platform.ignoreDirectives()) {
            if (!directive.hasReason()) {
                findings.report(directive.position(), "plumb:ignore " + rules(String.join(",", directive.ruleIds()))
                        + " gives no reason");
            }
        }
        for (Resource resource : platform.resources()) {
            checkAnnotation(resource, resource.metadata(), "", findings);
            platform.workloadOf(resource).filter(w -> w.template() != resource.body())
                    .ifPresent(w -> checkAnnotation(resource, w.template().get("metadata"), "pod template of ", findings));
        }
    }

    private static void checkAnnotation(Resource resource, Node metadata, String where, Findings findings) {
        Node value = metadata.get("annotations").get(IgnoreAnnotation.KEY);
        if (value.text() == null) {
            return;
        }
        IgnoreAnnotation annotation = IgnoreAnnotation.parse(value.text());
        if (!annotation.hasReason()) {
            findings.report(value.position(), IgnoreAnnotation.KEY + " on " + where + resource.id() + " ("
                    + rules(String.join(",", annotation.ruleIds())) + ") gives no reason");
        }
    }

    private static String rules(String ids) {
        return ids.isEmpty() ? "(no rule named)" : ids;
    }
}
