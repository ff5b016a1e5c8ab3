package dev.plumb.rules.apis;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The apis theme of the catalogue; the registry gathers every theme's list. */
public final class ApiRules {

    private ApiRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new ApiVersionRemoved(),
                new DefaultNamespaceObject());
    }
}
