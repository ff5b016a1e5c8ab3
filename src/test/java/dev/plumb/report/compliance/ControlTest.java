package dev.plumb.report.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.engine.RuleRegistry;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules say which compliance controls they back; every control they name exists, and every column can be ✘. */
class ControlTest {

    private static final List<RuleMeta> CATALOGUE = RuleRegistry.builtIn().stream().map(Rule::meta).toList();

    @Test
    void everyControlARuleNamesIsAColumn() {
        for (RuleMeta rule : CATALOGUE) {
            for (String control : rule.reporting().controls()) {
                assertThat(Control.byId(control)).as("%s: control \"%s\" (one of %s)", rule.id(), control, Control.ids())
                        .isPresent();
            }
        }
    }

    @Test
    void aControlNotJudgedFromFactsIsBackedByRules() {
        for (Control control : Control.values()) {
            long backing = CATALOGUE.stream().filter(control::backedBy).count();
            assertThat(backing > 0).as("%s: judged from facts, or backed by a rule naming it", control.id())
                    .isNotEqualTo(control.judgedFromFacts());
        }
    }
}
