package dev.plumb.report.concerns;

import dev.plumb.rule.Category;
import dev.plumb.rule.RuleMeta;
import java.util.Set;

/**
 * The sections of a concerns audit, in the order an operator reads them. Most follow a rule's
 * category; reliability splits in two: a <em>known bug</em> is a finding that says something does
 * not work as written today (a reference to an object that is not there, a selector that selects
 * nothing, an API the cluster no longer serves, a file that does not parse), every other
 * reliability finding is a <em>fragile area</em> — it works until a node drains, a pod restarts or
 * a process hangs.
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

    /** Rules whose finding is a defect now, whatever their category. */
    static final Set<String> KNOWN_BUG_RULES = Set.of(
            "parse-error", "api-version-removed", "configmap-reference-missing", "secret-reference-missing",
            "pvc-reference-missing", "ingress-backend-missing", "service-selector-orphan", "selector-template-mismatch",
            "traefik-middleware-missing", "network-policy-selects-nothing", "network-policy-host-network-controller",
            "pdb-blocks-eviction", "probe-port-undeclared", "statefulset-service-missing", "resource-limit-below-request",
            "hpa-target-missing", "hpa-replicas-conflict");

    private final String heading;

    Section(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    public static Section of(RuleMeta rule) {
        if (KNOWN_BUG_RULES.contains(rule.id())) {
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
