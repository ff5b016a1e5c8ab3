package dev.plumb.report.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.engine.RuleRegistry;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleMeta;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Rules say which theme they are told in; the report holds only each theme's words, and the two agree. */
class ThemeTest {

    private static final List<RuleMeta> CATALOGUE = RuleRegistry.builtIn().stream().map(Rule::meta).toList();

    @Test
    void everyThemeARuleNamesHasWordingAndEveryWordingIsNamedBySeveralRules() {
        Set<String> named = new TreeSet<>();
        CATALOGUE.stream().filter(rule -> rule.reporting().inTheme()).forEach(rule -> named.add(rule.reporting().theme()));
        assertThat(Theme.ids()).as("a theme whose rules all left it is dead wording").containsExactlyInAnyOrderElementsOf(named);
        for (String theme : named) {
            assertThat(CATALOGUE.stream().filter(rule -> rule.reporting().theme().equals(theme)).count())
                    .as("%s: a theme gathers several rules into one story", theme).isGreaterThan(1);
        }
    }

    @Test
    void aRuleOfAThemeSaysWhatIsMissingAtALocationAndOnlyThen() {
        for (RuleMeta rule : CATALOGUE) {
            assertThat(rule.reporting().themeDetail().isEmpty()).as("%s: themeDetail goes with theme", rule.id())
                    .isEqualTo(!rule.reporting().inTheme());
        }
    }

    @Test
    void themeIdsAreNoRuleIds() {
        Set<String> ids = new TreeSet<>();
        CATALOGUE.forEach(rule -> ids.add(rule.id()));
        assertThat(Theme.ids()).as("a concern's id is its theme's or its rule's, never both").doesNotContainAnyElementsOf(ids);
    }
}
