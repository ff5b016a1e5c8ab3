package dev.plumb.report.compliance;

import dev.plumb.rule.RuleMeta;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A column of the compliance matrix. A control that rules back (their {@code @RuleInfo(controls)}
 * names its id) is judged by the findings a user sees: a cell is ✘ exactly when an active finding of
 * one of those rules is about the unit's workloads or sits in its files. ServiceAccount,
 * ServiceMonitor and tests are judged from platform facts the engine gathered.
 */
public enum Control {
    SERVICE_ACCOUNT("service-account", "ServiceAccount", true, "ServiceAccount"),
    RBAC("rbac", "RBAC", false),
    NETWORK_POLICY("network-policy", "NetworkPolicy", false, "NetworkPolicy", "CiliumNetworkPolicy"),
    SERVICE_MONITOR("service-monitor", "ServiceMonitor", true, "ServiceMonitor", "PodMonitor"),
    PDB("pdb", "PDB", false, "PodDisruptionBudget"),
    PROBES("probes", "Probes", false),
    RESOURCES("resources", "Resources", false),
    PINNED_IMAGES("pinned-images", "Pinned images", false),
    SECURITY_CONTEXT("security-context", "securityContext", false),
    TESTS("tests", "Tests", true);

    private final String id;
    private final String heading;
    private final boolean judgedFromFacts;
    private final java.util.Set<String> kinds;

    Control(String id, String heading, boolean judgedFromFacts, String... kinds) {
        this.id = id;
        this.heading = heading;
        this.judgedFromFacts = judgedFromFacts;
        this.kinds = java.util.Set.of(kinds);
    }

    /** The kinds of object that give a unit this control, when a chart can ship it switched off. */
    public java.util.Set<String> kinds() {
        return kinds;
    }

    /** What {@code .plumb.yaml} calls it under {@code compliance.controls}. */
    public String id() {
        return id;
    }

    /** The column heading. */
    public String heading() {
        return heading;
    }

    /**
     * True for a control the matrix judges from the engine's facts (a workload's ServiceAccount, its
     * scraping, a unit's test files); every other control needs a rule naming it, or its column could
     * never be ✘ (a test holds the catalogue to that).
     */
    public boolean judgedFromFacts() {
        return judgedFromFacts;
    }

    /** Whether findings of {@code rule} make this control's cell ✘: the rule's metadata names the control. */
    public boolean backedBy(RuleMeta rule) {
        return rule.reporting().backs(id);
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
