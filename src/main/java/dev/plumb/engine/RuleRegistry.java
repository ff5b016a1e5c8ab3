package dev.plumb.engine;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rules.apis.ApiRules;
import dev.plumb.rules.availability.AvailabilityRules;
import dev.plumb.rules.capabilities.CapabilityRules;
import dev.plumb.rules.debt.DebtRules;
import dev.plumb.rules.images.ImageRules;
import dev.plumb.rules.meta.MetaRules;
import dev.plumb.rules.networking.NetworkingRules;
import dev.plumb.rules.probes.ProbeRules;
import dev.plumb.rules.rbac.RbacRules;
import dev.plumb.rules.resources.ResourceRules;
import dev.plumb.rules.secrets.SecretRules;
import dev.plumb.rules.security.SecurityRules;
import dev.plumb.rules.storage.StorageRules;
import dev.plumb.rules.terraform.TerraformRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The built-in catalogue, written out by hand theme by theme: a rule exists when its theme lists
 * it, which keeps startup free of classpath scanning and makes adding a rule a reviewable one-line
 * change. Returned in catalogue order: by category (the concerns report's sections), then by id.
 */
public final class RuleRegistry {

    private static final Comparator<Rule> CATALOGUE_ORDER = Comparator
            .comparing((Rule rule) -> rule.meta().category())
            .thenComparing(rule -> rule.meta().id());

    private RuleRegistry() {
    }

    /** The catalogue with default settings: for listing, explaining and reading configuration. */
    public static List<Rule> builtIn() {
        return builtIn(RuleSettings.defaults());
    }

    public static List<Rule> builtIn(RuleSettings settings) {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(ImageRules.all(settings));
        rules.addAll(ProbeRules.all(settings));
        rules.addAll(ResourceRules.all(settings));
        rules.addAll(SecurityRules.all(settings));
        rules.addAll(RbacRules.all(settings));
        rules.addAll(NetworkingRules.all(settings));
        rules.addAll(AvailabilityRules.all(settings));
        rules.addAll(StorageRules.all(settings));
        rules.addAll(SecretRules.all(settings));
        rules.addAll(ApiRules.all(settings));
        rules.addAll(DebtRules.all(settings));
        rules.addAll(CapabilityRules.all(settings));
        rules.addAll(TerraformRules.all(settings));
        rules.addAll(MetaRules.all(settings));
        rules.sort(CATALOGUE_ORDER);
        return List.copyOf(rules);
    }
}
