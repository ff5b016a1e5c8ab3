package dev.plumb.rule;

import java.util.List;

/** A rule's metadata as data. */
public record RuleMeta(String id, String title, Category category, Severity severity, Effort effort,
                       String rationale, String fix, List<String> references, List<String> equivalents,
                       Reporting reporting) {

    public RuleMeta {
        reporting = reporting == null ? Reporting.PLAIN : reporting;
    }

    public RuleMeta(String id, String title, Category category, Severity severity, Effort effort,
                    String rationale, String fix, List<String> references, List<String> equivalents) {
        this(id, title, category, severity, effort, rationale, fix, references, equivalents, Reporting.PLAIN);
    }

    /** A rule with no equivalent in other scanners, such as the engine's own parse and config errors. */
    public RuleMeta(String id, String title, Category category, Severity severity, Effort effort,
                    String rationale, String fix, List<String> references) {
        this(id, title, category, severity, effort, rationale, fix, references, List.of());
    }

    /** The same rule told as {@code reporting} says. */
    public RuleMeta withReporting(Reporting reporting) {
        return new RuleMeta(id, title, category, severity, effort, rationale, fix, references, equivalents, reporting);
    }

    /** Reading an annotation reflectively is slow, and every stage asks for a rule's metadata: read it once per class. */
    private static final ClassValue<RuleMeta> BY_CLASS = new ClassValue<>() {
        @Override
        protected RuleMeta computeValue(Class<?> type) {
            return read(type);
        }
    };

    public static RuleMeta of(Rule rule) {
        return BY_CLASS.get(rule.getClass());
    }

    private static RuleMeta read(Class<?> type) {
        RuleInfo info = type.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(type.getName() + " has no @RuleInfo");
        }
        return new RuleMeta(info.id(), info.title(), info.category(), info.severity(), info.effort(),
                info.rationale(), info.fix(), List.of(info.references()), List.of(info.equivalents()),
                new Reporting(info.knownBug(), info.theme(), info.themeDetail(), List.of(info.controls()),
                        info.counted(), info.predicate()));
    }
}
