package dev.plumb.rules.storage;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The storage theme of the catalogue; the registry gathers every theme's list. */
public final class StorageRules {

    private StorageRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new DatabaseDataEphemeral(),
                new HostPathAppData(),
                new NfsServerDependency(),
                new PvcDefaultStorageClass());
    }
}
