package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's main command on the bundled example, through the real CLI. */
class HomelabIT {

    private static JsonNode report;

    @BeforeAll
    static void scanOnce() throws Exception {
        PlumbProcess.Result result = PlumbProcess.run("scan", "examples/homelab", "--format", "json", "--fail-on", "none");
        assertThat(result.exitCode()).as(result.err()).isZero();
        report = new ObjectMapper().readTree(result.out());
    }

    private static List<String> findings(boolean suppressed) {
        List<String> lines = new ArrayList<>();
        for (JsonNode finding : report.get("findings")) {
            if (finding.has("suppressed") == suppressed) {
                lines.add(finding.get("rule").asText() + " " + finding.get("file").asText() + ":" + finding.get("line").asInt());
            }
        }
        return lines;
    }

    @Test
    void reportsExactlyTheDeliberateConcerns() {
        assertThat(findings(false)).containsExactly(
                "cluster-admin-binding rbac/deploy-bot.yaml:18",
                "privileged-container apps/shop/redis.yaml:29",
                "configmap-sensitive-data apps/shop/config.yaml:14",
                "configmap-sensitive-data jobs/backup-cronjob.yaml:10",
                "service-selector-orphan apps/shop/redis.yaml:78",
                "image-tag-mutable apps/blog/blog.yaml:24",
                "image-tag-mutable apps/shop/redis.yaml:26",
                "image-tag-mutable apps/shop/worker.yaml:23",
                "liveness-probe-missing apps/blog/blog.yaml:23",
                "liveness-probe-missing apps/shop/worker.yaml:22",
                "memory-limit-missing apps/blog/blog.yaml:23",
                "memory-limit-missing apps/shop/redis.yaml:62",
                "network-policy-missing apps/blog/blog.yaml:8",
                "pdb-missing apps/shop/worker.yaml:11",
                "readiness-probe-missing monitoring/uptime-kuma.yaml:34",
                "resource-requests-missing apps/blog/blog.yaml:23",
                "resource-requests-missing monitoring/uptime-kuma.yaml:47");
    }

    @Test
    void commentAnnotationAndConfigExceptionEachSilenceAFindingWithTheirReason() {
        assertThat(findings(true)).containsExactly(
                "host-namespace monitoring/node-exporter.yaml:30",
                "host-namespace monitoring/node-exporter.yaml:31",
                "image-tag-mutable monitoring/uptime-kuma.yaml:36",
                "network-policy-missing jobs/backup-cronjob.yaml:47");
        List<String> by = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.has("suppressed")) {
                by.add(f.get("suppressed").get("by").asText());
                assertThat(f.get("suppressed").get("reason").asText()).isNotBlank();
            }
        });
        assertThat(by).containsExactly("config", "config", "inline", "annotation");
    }

    @Test
    void jsonCarriesEveryFieldOfSchemaVersionOne() {
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("tool").get("name").asText()).isEqualTo("plumb");
        assertThat(report.get("tool").get("version").asText()).isNotBlank();
        assertThat(report.get("root").asText()).endsWith("examples/homelab");
        assertThat(report.get("scannedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        JsonNode summary = report.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(17);
        assertThat(summary.get("resources").asInt()).isEqualTo(43);
        assertThat(summary.get("findings").asInt()).isEqualTo(17);
        assertThat(summary.get("suppressed").asInt()).isEqualTo(4);
        assertThat(summary.get("bySeverity").get("critical").asInt()).isEqualTo(2);
        assertThat(summary.get("byCategory").get("security").asInt()).isEqualTo(5);
        JsonNode first = report.get("findings").get(0);
        assertThat(first.fieldNames()).toIterable().contains("rule", "title", "severity", "category", "message",
                "file", "line", "endLine", "subject", "fingerprint");
        assertThat(first.get("subject").fieldNames()).toIterable().containsExactly("kind", "namespace", "name", "container");
        assertThat(first.get("subject").get("kind").asText()).isEqualTo("ClusterRoleBinding");
        assertThat(first.get("fingerprint").asText()).matches("[0-9a-f]{16}");
        assertThat(report.get("skipped").isArray()).isTrue();
    }

    @Test
    void everyFindingHasAFileAndALineAndNoneRepeats() {
        List<String> identities = new ArrayList<>();
        report.get("findings").forEach(f -> {
            assertThat(f.get("file").asText()).isNotBlank().doesNotStartWith("/");
            assertThat(f.get("line").asInt()).isPositive();
            assertThat(f.get("endLine").asInt()).isGreaterThanOrEqualTo(f.get("line").asInt());
            identities.add(f.get("fingerprint").asText());
        });
        assertThat(identities).doesNotHaveDuplicates();
    }

    @Test
    void consoleReportGroupsBySeverityAndClosesWithCounts() {
        PlumbProcess.Result result = PlumbProcess.run("scan", "examples/homelab");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith("CRITICAL  cluster-admin-binding");
        assertThat(result.out().indexOf("HIGH ")).isLessThan(result.out().indexOf("MEDIUM "));
        assertThat(result.out()).contains("  apps/shop/redis.yaml:29  ")
                .containsPattern("17 findings: 2 critical, 3 high, 12 medium, 0 low, 0 info · 17 files · 43 resources · \\d+\\.\\d\\d s")
                .doesNotContain("\u001b[");
        assertThat(result.err()).isEmpty();
    }
}
