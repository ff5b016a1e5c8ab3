package dev.plumb.rules.debt;

import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleSettings;
import java.util.List;

/** The debt theme of the catalogue; the registry gathers every theme's list. */
public final class DebtRules {

    private DebtRules() {
    }

    public static List<Rule> all(RuleSettings settings) {
        return List.of(new DebtMarker(), new CommentedOutBlock(), new FileTooLarge(settings));
    }
}
