package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandLineIT {

    @Test
    void versionNamesTheRelease() {
        PlumbProcess.Result result = PlumbProcess.run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().trim()).matches("plumb \\d+\\.\\d+\\.\\d+.*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan", "rules", "explain", "generate-completion"})
    void everyCommandHasHelp(String command) {
        PlumbProcess.Result result = PlumbProcess.run(command, "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: plumb " + command);
    }

    @Test
    void rulesAsJsonListsEveryRuleWithItsMetadata() throws Exception {
        PlumbProcess.Result result = PlumbProcess.run("rules", "--format", "json");
        JsonNode rules = new ObjectMapper().readTree(result.out());
        assertThat(rules.size()).isGreaterThanOrEqualTo(13);
        for (JsonNode rule : rules) {
            assertThat(rule.fieldNames()).toIterable()
                    .contains("id", "title", "category", "severity", "effort", "rationale", "fix");
        }
        assertThat(rules.findValuesAsText("id")).contains("image-tag-mutable", "parse-error", "cluster-admin-binding");
    }

    @Test
    void rulesTableAndMarkdownListTheCatalogue() {
        assertThat(PlumbProcess.run("rules").out()).contains("ID").contains("image-tag-mutable").contains("critical");
        assertThat(PlumbProcess.run("rules", "--format", "markdown").out()).contains("`image-tag-mutable`").startsWith("#");
    }

    @Test
    void explainPrintsRationaleAndFixAndSuggestsOnTypos() {
        PlumbProcess.Result result = PlumbProcess.run("explain", "privileged-container");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Why it matters").contains("How to fix it").contains("privileged").doesNotContain("```");
        PlumbProcess.Result typo = PlumbProcess.run("explain", "privileged-contianer");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean privileged-container?");
    }

    @Test
    void completionScriptCoversCommandsAndOptions() {
        PlumbProcess.Result result = PlumbProcess.run("generate-completion");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("complete -F").contains("scan").contains("--fail-on").contains("bashcompinit");
    }
}
