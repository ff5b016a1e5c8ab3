package dev.plumb.rules.meta;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The meta theme of the catalogue; the registry gathers every theme's list. */
public final class MetaRules {

    private MetaRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new IgnoreWithoutReason(),
                new HelmfileChartMissing(),
                new ParseError(),
                new HelmDependencyUnavailable(),
                new ChartSettingsMissing());
    }
}
