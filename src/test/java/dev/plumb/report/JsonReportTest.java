package dev.plumb.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String text = SampleScan.render(new JsonReport(), SampleScan.result());
    private final JsonNode json = parse(text);

    @Test
    void topLevelFieldsComeInTheDocumentedOrder() {
        assertThat(keys(json)).containsExactly(
                "schemaVersion", "tool", "root", "scannedAt", "durationMs", "summary", "coverage", "findings", "skipped");
        assertThat(json.get("schemaVersion").isInt()).isTrue();
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(keys(json.get("tool"))).containsExactly("name", "version");
        assertThat(json.get("tool").get("name").asText()).isEqualTo("plumb");
        assertThat(json.get("tool").get("version").asText()).isEqualTo("0.1.0");
        assertThat(json.get("root").asText()).isEqualTo(SampleScan.ROOT);
    }

    @Test
    void scanTimeIsUtcToTheSecondAndDurationInMilliseconds() {
        assertThat(json.get("scannedAt").asText()).isEqualTo("2026-02-01T10:15:30Z");
        assertThat(json.get("durationMs").isIntegralNumber()).isTrue();
        assertThat(json.get("durationMs").asLong()).isEqualTo(214);
    }

    @Test
    void summaryCountsActiveFindingsAndListsEverySeverityAndCategory() {
        JsonNode summary = json.get("summary");
        assertThat(keys(summary)).containsExactly("files", "resources", "findings", "suppressed", "notLive", "bySeverity",
                "byCategory");
        assertThat(summary.get("files").asInt()).isEqualTo(14);
        assertThat(summary.get("resources").asInt()).isEqualTo(37);
        assertThat(summary.get("findings").asInt()).isEqualTo(6);
        assertThat(summary.get("suppressed").asInt()).isEqualTo(2);
        JsonNode bySeverity = summary.get("bySeverity");
        assertThat(keys(bySeverity)).containsExactly("critical", "high", "medium", "low", "info");
        assertThat(List.of(bySeverity.get("critical").asInt(), bySeverity.get("high").asInt(),
                bySeverity.get("medium").asInt(), bySeverity.get("low").asInt(), bySeverity.get("info").asInt()))
                .containsExactly(1, 4, 1, 0, 0);
        JsonNode byCategory = summary.get("byCategory");
        assertThat(keys(byCategory)).containsExactly("security", "reliability", "performance", "scaling",
                "dependencies", "tech-debt", "missing-capability", "testing");
        assertThat(byCategory.get("security").asInt()).isEqualTo(4);
        assertThat(byCategory.get("reliability").asInt()).isEqualTo(1);
        assertThat(byCategory.get("dependencies").asInt()).isEqualTo(1);
        assertThat(byCategory.get("testing").asInt()).isZero();
    }

    @Test
    void everyFindingIsListedIncludingSuppressedOnesInEngineOrder() {
        JsonNode findings = json.get("findings");
        assertThat(findings.isArray()).isTrue();
        List<String> rules = new ArrayList<>();
        findings.forEach(f -> rules.add(f.get("rule").asText()));
        assertThat(rules).containsExactly("cluster-admin-binding", "key-material-committed", "parse-error",
                "privileged-container", "privileged-container", "image-tag-mutable", "probes-missing", "probes-missing");
    }

    @Test
    void aFindingCarriesEveryFieldWithItsType() {
        JsonNode finding = json.get("findings").get(3);
        assertThat(keys(finding)).containsExactly("rule", "title", "severity", "category", "message", "file", "line",
                "endLine", "subject", "fingerprint", "note", "live");
        assertThat(finding.get("rule").asText()).isEqualTo("privileged-container");
        assertThat(finding.get("title").asText()).isEqualTo("Privileged container");
        assertThat(finding.get("severity").asText()).isEqualTo("high");
        assertThat(finding.get("category").asText()).isEqualTo("security");
        assertThat(finding.get("message").asText()).isEqualTo("runs privileged");
        assertThat(finding.get("file").asText()).isEqualTo("apps/api.yaml");
        assertThat(finding.get("line").isInt()).isTrue();
        assertThat(finding.get("line").asInt()).isEqualTo(20);
        assertThat(finding.get("endLine").asInt()).isEqualTo(20);
        JsonNode subject = finding.get("subject");
        assertThat(keys(subject)).containsExactly("kind", "namespace", "name", "container");
        assertThat(subject.get("kind").asText()).isEqualTo("Deployment");
        assertThat(subject.get("namespace").asText()).isEqualTo("web");
        assertThat(subject.get("name").asText()).isEqualTo("api");
        assertThat(subject.get("container").asText()).isEqualTo("app");
        assertThat(finding.get("fingerprint").isTextual()).isTrue();
        assertThat(finding.get("fingerprint").asText()).isNotEmpty();
        assertThat(finding.get("note").asText()).isEqualTo("exception expired 2026-01-31");
        assertThat(finding.has("suppressed")).isFalse();
    }

    @Test
    void aFileLevelFindingHasAnEmptySubjectNotANullOne() {
        JsonNode subject = json.get("findings").get(1).get("subject");
        for (String key : List.of("kind", "namespace", "name", "container")) {
            assertThat(subject.get(key).isTextual()).as(key).isTrue();
            assertThat(subject.get(key).asText()).as(key).isEmpty();
        }
        assertThat(json.get("findings").get(1).get("file").asText()).isEqualTo("keys/deploy key.pem");
        assertThat(json.get("findings").get(1).get("line").asInt()).isZero();
    }

    @Test
    void suppressedFindingsSayByWhatAndWhyAndActiveOnesHaveNoSuchField() {
        JsonNode suppressed = json.get("findings").get(6);
        assertThat(keys(suppressed.get("suppressed"))).containsExactly("by", "reason");
        assertThat(suppressed.get("suppressed").get("by").asText()).isEqualTo("config");
        assertThat(suppressed.get("suppressed").get("reason").asText()).isEqualTo("batch job, nothing to probe");
        assertThat(json.get("findings").get(0).has("suppressed")).isFalse();
        assertThat(json.get("findings").get(0).has("note")).isFalse();
    }

    @Test
    void multiLineMessagesSurviveIntact() {
        assertThat(json.get("findings").get(2).get("message").asText())
                .isEqualTo("mapping values are not allowed here\n in reader, line 4\n    image: a: b\n            ^");
    }

    @Test
    void skippedFilesAreListedWithTheirReason() {
        JsonNode skipped = json.get("skipped");
        assertThat(skipped.size()).isEqualTo(2);
        assertThat(keys(skipped.get(0))).containsExactly("path", "reason");
        assertThat(skipped.get(0).get("path").asText()).isEqualTo("vendor/big blob.bin");
        assertThat(skipped.get(0).get("reason").asText()).isEqualTo("binary file");
    }

    @Test
    void isPrettyPrintedWithTwoSpacesAndEndsWithANewline() {
        assertThat(text).startsWith("{\n  \"schemaVersion\": 1,\n  \"tool\": {\n    \"name\": \"plumb\",");
        assertThat(text).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
        assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
    }

    @Test
    void anEmptyScanStillHasEveryFieldAndEmptyArrays() {
        String empty = SampleScan.render(new JsonReport(), SampleScan.clean());
        JsonNode clean = parse(empty);
        assertThat(clean.get("summary").get("findings").asInt()).isZero();
        assertThat(clean.get("summary").get("bySeverity").size()).isEqualTo(5);
        assertThat(clean.get("findings").isArray()).isTrue();
        assertThat(clean.get("findings").size()).isZero();
        assertThat(empty).contains("\"findings\": [],").contains("\"skipped\": []\n");
    }

    @Test
    void leavesTheCallersWriterOpen() throws Exception {
        var out = new java.io.StringWriter() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        new JsonReport().write(SampleScan.clean(), out);
        assertThat(out.closed).isFalse();
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not valid JSON:\n" + text, e);
        }
    }

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
