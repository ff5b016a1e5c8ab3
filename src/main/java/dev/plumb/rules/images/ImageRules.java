package dev.plumb.rules.images;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The images theme of the catalogue; the registry gathers every theme's list. */
public final class ImageRules {

    private ImageRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new ImageTagMutable(),
                new ValuesImageTagMutable(),
                new ImageTagPrerelease(),
                new ImageRegistryNotAllowed(settings));
    }
}
