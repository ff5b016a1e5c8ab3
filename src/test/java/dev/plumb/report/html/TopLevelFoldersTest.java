package dev.plumb.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.result.Finding;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopLevelFoldersTest {

    private static final RuleMeta RULE = new RuleMeta("debt-marker", "Debt marker", Category.TECH_DEBT, Severity.LOW,
            Effort.S, "r", "f", List.of());

    private static String unit(String file) {
        return new TopLevelFolders().unitOf(new Finding(RULE, Severity.LOW, "m", file, 1, 1, Subject.NONE, "fp", null, null));
    }

    @Test
    void aFindingBelongsToTheFirstFolderOfItsPath() {
        assertThat(unit("apps/shop/web.yaml")).isEqualTo("apps");
        assertThat(unit("charts/blog/templates/deploy.yaml")).isEqualTo("charts");
    }

    @Test
    void rootFilesAndRepositoryWideFindingsGetAUnitOfTheirOwn() {
        assertThat(unit("namespaces.yaml")).isEqualTo("(root files)");
        assertThat(unit("")).isEqualTo("(repository)");
        assertThat(unit(null)).isEqualTo("(repository)");
    }
}
