package dev.plumb.report;

import static dev.plumb.report.JsonReportTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private static final String EXAMPLE = "securityContext:\n  privileged: true  # <-- privileged-container";
    private final SarifReport report = new SarifReport(Map.of("privileged-container", EXAMPLE));
    private final JsonNode sarif = JsonReportTest.parse(SampleScan.render(report, SampleScan.result()));
    private final JsonNode run = sarif.get("runs").get(0);
    private final JsonNode results = run.get("results");

    @Test
    void declaresSarif210WithOneRunByPlumb() {
        assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs").size()).isEqualTo(1);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("plumb");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://plumb.dev");
    }

    @Test
    void describesEveryRuleOfTheScanEvenSilentOnes() {
        JsonNode rules = run.get("tool").get("driver").get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asText()));
        assertThat(ids).containsExactly("cluster-admin-binding", "key-material-committed", "privileged-container",
                "network-policy-missing", "image-tag-mutable", "probes-missing", "parse-error");
        JsonNode privileged = rules.get(2);
        assertThat(privileged.get("name").asText()).isEqualTo("PrivilegedContainer");
        assertThat(privileged.get("shortDescription").get("text").asText()).isEqualTo("Privileged container");
        assertThat(privileged.get("fullDescription").get("text").asText()).isEqualTo("Why privileged-container matters.");
        assertThat(privileged.get("help").get("text").asText()).isEqualTo("Fix privileged-container.\n\n"
                + "Example (flagged lines end in # <-- privileged-container):\n" + EXAMPLE);
        assertThat(privileged.get("help").get("markdown").asText()).isEqualTo("**Fix.** Fix privileged-container.\n\n"
                + "**Example** (from the rule's test fixture; flagged lines end in `# <-- privileged-container`):\n\n"
                + "```\n" + EXAMPLE + "\n```");
        assertThat(rules.get(0).get("help").get("text").asText()).isEqualTo("Fix cluster-admin-binding.");
        assertThat(privileged.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(privileged.get("properties").get("category").asText()).isEqualTo("security");
        assertThat(privileged.get("properties").get("severity").asText()).isEqualTo("high");
    }

    @Test
    void securityRulesCarryTheScoreGitHubRanksAlertsBy() {
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.get(0).get("properties").get("security-severity").asText()).isEqualTo("9.5");
        assertThat(rules.get(0).get("properties").get("tags").get(0).asText()).isEqualTo("security");
        assertThat(rules.get(6).get("properties").has("security-severity")).isFalse();
    }

    @Test
    void ruleIndexPointsAtTheResultsRule() {
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(results.size()).isEqualTo(8);
        results.forEach(result -> assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
                .isEqualTo(result.get("ruleId").asText()));
        assertThat(results.get(2).get("ruleIndex").asInt()).isEqualTo(6);
    }

    @Test
    void severitiesMapToTheThreeSarifLevels() {
        List<String> levels = new ArrayList<>();
        results.forEach(result -> levels.add(result.get("level").asText()));
        assertThat(levels).containsExactly("error", "error", "error", "error", "error", "warning", "note", "note");
        assertThat(SarifReport.level(Severity.INFO)).isEqualTo("note");
    }

    @Test
    void locationsAreRelativeToTheRootBaseIdAndPercentEncoded() {
        JsonNode root = run.get("originalUriBaseIds").get("ROOT");
        assertThat(root.get("uri").asText()).isEqualTo("file:///srv/infra%20repo/");
        JsonNode artifact = results.get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(artifact.get("uri").asText()).isEqualTo("keys/deploy%20key.pem");
        assertThat(artifact.get("uriBaseId").asText()).isEqualTo("ROOT");
    }

    @Test
    void regionSpansTheFindingsLines() {
        JsonNode region = results.get(0).get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(3);
        assertThat(region.get("endLine").asInt()).isEqualTo(14);
    }

    @Test
    void aWholeFileFindingHasNoRegionBecauseSarifLinesStartAtOne() {
        JsonNode location = results.get(1).get("locations").get(0).get("physicalLocation");
        assertThat(location.has("region")).isFalse();
    }

    @Test
    void messagesNameTheSubjectAndKeepTheNote() {
        assertThat(results.get(3).get("message").get("text").asText())
                .isEqualTo("Deployment/web/api container app: runs privileged (exception expired 2026-01-31)");
        assertThat(results.get(1).get("message").get("text").asText())
                .isEqualTo("an RSA private key (1679 bytes) is committed");
    }

    @Test
    void aMessageThatAlreadyNamesItsSubjectKeepsItsOwnWording() {
        JsonNode other = JsonReportTest.parse(SampleScan.render(report, SampleScan.with(List.of(
                SampleScan.finding(SampleScan.PRIVILEGED, "Deployment/web/api runs privileged", "apps/api.yaml", 20, 20,
                        SampleScan.API, null, null)))));
        assertThat(other.get("runs").get(0).get("results").get(0).get("message").get("text").asText())
                .isEqualTo("Deployment/web/api runs privileged");
    }

    @Test
    void fingerprintsLetGitHubFollowAnAlertAcrossLineShifts() {
        JsonNode fingerprints = results.get(3).get("partialFingerprints");
        assertThat(keys(fingerprints)).containsExactly("plumb/v1");
        assertThat(fingerprints.get("plumb/v1").asText())
                .isEqualTo(SampleScan.result().findings().get(3).fingerprint());
    }

    @Test
    void suppressedFindingsSayWhereTheSuppressionLives() {
        assertThat(results.get(0).has("suppressions")).isFalse();
        JsonNode byConfig = results.get(6).get("suppressions");
        assertThat(byConfig.size()).isEqualTo(1);
        assertThat(byConfig.get(0).get("kind").asText()).isEqualTo("external");
        assertThat(byConfig.get(0).get("justification").asText()).isEqualTo("batch job, nothing to probe");
        assertThat(byConfig.get(0).get("status").asText()).isEqualTo("accepted");
        assertThat(results.get(7).get("suppressions").get(0).get("kind").asText()).isEqualTo("inSource");
    }

    @Test
    void aFindingOfAnUndeclaredRuleStillPointsAtARule() {
        RuleMeta internal = new RuleMeta("config-error", "Configuration is invalid", Category.RELIABILITY,
                Severity.HIGH, Effort.S, "why", "fix", List.of());
        JsonNode other = JsonReportTest.parse(SampleScan.render(report, SampleScan.with(List.of(
                SampleScan.finding(internal, "unknown key", ".plumb.yaml", 2, 2, Subject.NONE, null, null)))));
        JsonNode otherRun = other.get("runs").get(0);
        int index = otherRun.get("results").get(0).get("ruleIndex").asInt();
        assertThat(otherRun.get("tool").get("driver").get("rules").get(index).get("id").asText())
                .isEqualTo("config-error");
    }

    @Test
    void helpNamesTheSameCheckInOtherScanners() {
        RuleMeta tagged = new RuleMeta("image-tag-mutable", "Image uses a mutable tag", Category.DEPENDENCIES,
                Severity.MEDIUM, Effort.S, "why", "Pin the tag.", List.of(),
                List.of("kube-linter:latest-tag", "checkov:CKV_K8S_14"));
        JsonNode other = JsonReportTest.parse(SampleScan.render(report, SampleScan.with(List.of(
                SampleScan.finding(tagged, "uses latest", "apps/api.yaml", 3, 3, SampleScan.API, null, null)))));
        JsonNode rule = other.get("runs").get(0).get("tool").get("driver").get("rules").get(1);
        assertThat(rule.get("id").asText()).isEqualTo("image-tag-mutable");
        assertThat(rule.get("help").get("text").asText())
                .isEqualTo("Pin the tag.\n\nSame check elsewhere: kube-linter latest-tag; Checkov CKV_K8S_14");
        assertThat(rule.get("help").get("markdown").asText())
                .endsWith("**Same check elsewhere:** kube-linter `latest-tag` · Checkov `CKV_K8S_14`");
        assertThat(rule.get("properties").get("equivalents").get(1).asText()).isEqualTo("checkov:CKV_K8S_14");
    }

    @Test
    void urisEncodeEverythingThatIsNotUnreserved() {
        assertThat(UriPaths.relative("a b/c#1?x/ü:z.yaml")).isEqualTo("a%20b/c%231%3Fx/%C3%BC%3Az.yaml");
        assertThat(UriPaths.relative("charts/web-app_v1.2~x/values.yaml")).isEqualTo("charts/web-app_v1.2~x/values.yaml");
    }
}
