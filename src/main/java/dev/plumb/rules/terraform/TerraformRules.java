package dev.plumb.rules.terraform;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The terraform theme of the catalogue; the registry gathers every theme's list. */
public final class TerraformRules {

    private TerraformRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(
                new HelmChartVersionMissing(),
                new KeyFileOutsideSecret(),
                new KubernetesResourceDeprecated(),
                new TerraformIgnoreChangesDrift(),
                new TerraformModuleUnpinned(),
                new TerraformProviderUnpinned());
    }
}
