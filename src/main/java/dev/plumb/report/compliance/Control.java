package dev.plumb.report.compliance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A column of the compliance matrix. Controls with rules are judged by the findings a user sees: a
 * cell is ✘ exactly when an active finding of one of those rules is about the unit's workloads or
 * sits in its files. Controls without rules are judged from platform facts the engine gathered.
 */
public enum Control {
    SERVICE_ACCOUNT("service-account", "ServiceAccount"),
    RBAC("rbac", "RBAC", "cluster-admin-binding", "rbac-wildcard", "rbac-secret-read", "rbac-pod-exec",
            // Not service-account-token-automount: an unused token is hardening (info), not a grant too wide.
            "rbac-pod-create", "rbac-privilege-escalation-verbs", "default-service-account-bound"),
    NETWORK_POLICY("network-policy", "NetworkPolicy", "network-policy-missing"),
    SERVICE_MONITOR("service-monitor", "ServiceMonitor"),
    PDB("pdb", "PDB", "pdb-missing"),
    PROBES("probes", "Probes", "liveness-probe-missing", "readiness-probe-missing"),
    RESOURCES("resources", "Resources", "resource-requests-missing", "memory-limit-missing"),
    PINNED_IMAGES("pinned-images", "Pinned images", "image-tag-mutable", "helm-chart-version-missing",
            "terraform-module-unpinned", "terraform-provider-unpinned"),
    SECURITY_CONTEXT("security-context", "securityContext", "privileged-container", "runs-as-root",
            "privilege-escalation-allowed", "capabilities-not-dropped", "root-filesystem-writable",
            "seccomp-profile-missing"),
    TESTS("tests", "Tests");

    private final String id;
    private final String heading;
    private final Set<String> rules;

    Control(String id, String heading, String... rules) {
        this.id = id;
        this.heading = heading;
        this.rules = Set.of(rules);
    }

    /** What {@code .plumb.yaml} calls it under {@code compliance.controls}. */
    public String id() {
        return id;
    }

    /** The column heading. */
    public String heading() {
        return heading;
    }

    /** The rules whose active findings make a cell ✘; empty for controls judged from facts alone. */
    public Set<String> rules() {
        return rules;
    }

    /**
     * True for the control judged from the names and text of the unit's files (a chart's
     * {@code templates/tests/}, a stack's {@code *.tftest.hcl}), which plumb reads whether or not it
     * analysed them: such a cell stays judged where part of the unit was not analysed.
     */
    public boolean judgedFromFilesAlone() {
        return this == TESTS;
    }

    public static List<Control> all() {
        return List.of(values());
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Control::id).toList();
    }

    public static Optional<Control> byId(String id) {
        return Arrays.stream(values()).filter(control -> control.id.equals(id)).findFirst();
    }
}
