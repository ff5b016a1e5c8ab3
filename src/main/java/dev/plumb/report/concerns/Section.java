package dev.plumb.report.concerns;

import dev.plumb.rule.Category;
import dev.plumb.rule.RuleMeta;

/**
 * The sections of a concerns audit, in the order an operator reads them. Most follow a rule's
 * category; reliability splits in two: a <em>known bug</em> is a finding that says something does
 * not work as written today (a reference to an object that is not there, a selector that selects
 * nothing, an API the cluster no longer serves, a file that does not parse), every other
 * reliability finding is a <em>fragile area</em> — it works until a node drains, a pod restarts or
 * a process hangs. A rule says which it is ({@code @RuleInfo(knownBug = true)}).
 */
public enum Section {
    TECH_DEBT("Tech Debt"),
    KNOWN_BUGS("Known Bugs"),
    SECURITY("Security Considerations"),
    PERFORMANCE("Performance Bottlenecks"),
    FRAGILE_AREAS("Fragile Areas"),
    SCALING("Scaling Limits"),
    DEPENDENCIES("Dependencies at Risk"),
    MISSING_FEATURES("Missing Critical Features"),
    TEST_COVERAGE("Test Coverage Gaps");

    private final String heading;

    Section(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    /** A rule's section: Known Bugs where its metadata says a finding is a defect now, else its category's. */
    public static Section of(RuleMeta rule) {
        if (rule.reporting().knownBug()) {
            return KNOWN_BUGS;
        }
        return of(rule.category());
    }

    static Section of(Category category) {
        return switch (category) {
            case SECURITY -> SECURITY;
            case RELIABILITY -> FRAGILE_AREAS;
            case PERFORMANCE -> PERFORMANCE;
            case SCALING -> SCALING;
            case DEPENDENCIES -> DEPENDENCIES;
            case TECH_DEBT -> TECH_DEBT;
            case MISSING_CAPABILITY -> MISSING_FEATURES;
            case TESTING -> TEST_COVERAGE;
        };
    }
}
