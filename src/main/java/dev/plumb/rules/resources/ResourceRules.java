package dev.plumb.rules.resources;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The resources theme of the catalogue; the registry gathers every theme's list. */
public final class ResourceRules {

    private ResourceRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new MemoryLimitMissing(),
                new ResourceRequestsMissing(),
                new ResourceLimitBelowRequest(),
                new NamespaceQuotaMissing());
    }
}
