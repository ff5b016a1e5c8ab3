package dev.plumb.report;

import dev.plumb.engine.RuleRegistry;
import dev.plumb.rule.Reporting;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleMeta;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the catalogue's rules are told in reports, by id: report tests that make findings of a real
 * rule id by hand take the rule's own section, theme and controls from here, as a scan would.
 */
public final class CatalogueReporting {

    private static final Map<String, Reporting> BY_ID = RuleRegistry.builtIn().stream()
            .map(Rule::meta).collect(Collectors.toMap(RuleMeta::id, RuleMeta::reporting));

    private CatalogueReporting() {
    }

    /** The rule's own reporting; plain for an id the catalogue does not hold. */
    public static Reporting of(String id) {
        return BY_ID.getOrDefault(id, Reporting.PLAIN);
    }
}
