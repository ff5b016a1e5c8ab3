package dev.plumb.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.result.Finding;
import dev.plumb.result.PlatformFacts;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import dev.plumb.result.UnitFacts;
import dev.plumb.result.UnitKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformUnitsTest {

    private static final RuleMeta RULE = new RuleMeta("debt-marker", "Debt marker", Category.TECH_DEBT, Severity.LOW,
            Effort.S, "r", "f", List.of());

    private final PlatformUnits units = new PlatformUnits(new PlatformFacts(0, 0, 0, 0, List.of(
            new UnitFacts("charts/blog", UnitKind.CHART, "blog", List.of(), Set.of("charts/blog/values.yaml",
                    "charts/blog/templates/deploy.yaml"), List.of()),
            new UnitFacts("apps/shop", UnitKind.FOLDER, "apps/shop", List.of(), Set.of("apps/shop/web.yaml"), List.of()))));

    private String unit(String file) {
        return units.unitOf(new Finding(RULE, Severity.LOW, "m", file, 1, 1, Subject.NONE, "fp", null, null));
    }

    @Test
    void aFindingBelongsToTheUnitThatHoldsItsFile() {
        assertThat(unit("charts/blog/templates/deploy.yaml")).isEqualTo("blog");
        assertThat(unit("apps/shop/web.yaml")).isEqualTo("apps/shop");
    }

    @Test
    void aFileNoUnitHoldsCountsUnderItsTopLevelFolder() {
        assertThat(unit("rbac/deploy-bot.yaml")).isEqualTo("rbac");
        assertThat(unit("")).isEqualTo("(repository)");
    }
}
