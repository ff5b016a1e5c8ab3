package dev.plumb.rule;

import java.util.List;

/** A rule's metadata as data. */
public record RuleMeta(String id, String title, Category category, Severity severity, Effort effort,
                       String rationale, String fix, List<String> references) {

    public static RuleMeta of(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(rule.getClass().getName() + " has no @RuleInfo");
        }
        return new RuleMeta(info.id(), info.title(), info.category(), info.severity(), info.effort(),
                info.rationale(), info.fix(), List.of(info.references()));
    }
}
