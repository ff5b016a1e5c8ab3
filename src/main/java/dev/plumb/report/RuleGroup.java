package dev.plumb.report;

import dev.plumb.result.Finding;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The findings of one rule at one severity: the unit a reader scans a list by. */
record RuleGroup(Severity severity, RuleMeta rule, List<Finding> findings) {

    private static final Comparator<RuleGroup> ORDER = Comparator
            .comparing(RuleGroup::severity)
            .thenComparing(group -> group.rule().id());

    /**
     * Most severe first, then by rule id. The engine already sorts that way, but a configuration
     * override can give one rule's findings different severities, so the order is enforced here
     * while findings keep the engine's order inside a group.
     */
    static List<RuleGroup> of(List<Finding> findings) {
        Map<String, RuleGroup> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String key = finding.severity().id() + " " + finding.rule().id();
            groups.computeIfAbsent(key, k -> new RuleGroup(finding.severity(), finding.rule(), new ArrayList<>()))
                    .findings().add(finding);
        }
        return groups.values().stream().sorted(ORDER).toList();
    }
}
