package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("image-tag-mutable")) {
                assertThat(rule.get("equivalents").toString()).contains("\"kube-score:container-image-tag\"")
                        .contains("\"checkov:CKV_K8S_14\"");
            }
            assertThat(rule.get("equivalents").isArray()).isTrue();
        }
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
        assertThat(result.out()).contains("Example (flagged lines end in # <-- privileged-container)")
                .contains("privileged: true").contains("# <-- privileged-container")
                .contains("Same check elsewhere").contains("  Polaris: runAsPrivileged")
                .contains("  kube-linter: privileged-container").contains("  Checkov: CKV_K8S_16");
        PlumbProcess.Result typo = PlumbProcess.run("explain", "privileged-contianer");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean privileged-container?");
    }

    @Test
    void completionScriptCoversCommandsAndOptions() {
        PlumbProcess.Result result = PlumbProcess.run("generate-completion");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("complete -F").contains("scan").contains("--fail-on").contains("bashcompinit")
                .contains("--group-by").contains("--quiet").contains("(\"rule\" \"file\" \"severity\")");
    }

    @Test
    void scanGroupsByFileOrSeverityAndQuietPrintsOneLine() {
        PlumbProcess.Result byRule = PlumbProcess.run("scan", "examples/homelab");
        String summary = byRule.out().lines().reduce((first, second) -> second).orElseThrow();
        assertThat(byRule.out()).startsWith("CRITICAL  cluster-admin-binding — ");

        PlumbProcess.Result byFile = PlumbProcess.run("scan", "examples/homelab", "--group-by", "file");
        assertThat(byFile.exitCode()).isEqualTo(byRule.exitCode()).isEqualTo(1);
        assertThat(byFile.out()).contains("\nrbac/deploy-bot.yaml (").contains("  line 18  CRITICAL  cluster-admin-binding  ");
        assertThat(byFile.out().indexOf("apps/blog/blog.yaml (")).isLessThan(byFile.out().indexOf("rbac/deploy-bot.yaml ("));

        PlumbProcess.Result bySeverity = PlumbProcess.run("scan", "examples/homelab", "--group-by", "severity");
        String criticals = summary.replaceAll(".*?(\\d+) critical.*", "$1");
        assertThat(bySeverity.out()).startsWith("CRITICAL (" + criticals + ")\n")
                .contains("  rbac/deploy-bot.yaml:18  cluster-admin-binding  ").contains("\nINFO (");

        PlumbProcess.Result quiet = PlumbProcess.run("scan", "examples/homelab", "--quiet");
        assertThat(quiet.exitCode()).isEqualTo(1);
        assertThat(quiet.out().lines().toList()).hasSize(1).first().asString()
                .startsWith(summary.substring(0, summary.lastIndexOf(" · ")));
    }

    @Test
    void consoleOnlyOptionsWithAnotherFormatAreAUsageError() {
        PlumbProcess.Result result = PlumbProcess.run("scan", "examples/homelab", "--format", "json", "--group-by", "file");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--group-by applies to the console format only");
        assertThat(PlumbProcess.run("scan", "examples/homelab", "--group-by", "folder").err())
                .contains("expected one of [rule, file, severity]");
    }

    @Test
    void rulesAsMarkdownFromTheJarIsTheRulesReference() throws Exception {
        String docs = Files.readString(Path.of("docs", "rules.md"));
        assertThat(PlumbProcess.run("rules", "--format", "markdown").out()).isEqualTo(docs);
    }
}
