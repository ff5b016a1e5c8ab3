package dev.plumb.rules.probes;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The probes theme of the catalogue; the registry gathers every theme's list. */
public final class ProbeRules {

    private ProbeRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new LivenessProbeMissing(),
                new ReadinessProbeMissing(),
                new ProbesIdentical(),
                new ProbePortUndeclared());
    }
}
