package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    private static List<String> findings(boolean suppressed, String... severities) {
        List<String> wanted = List.of(severities);
        List<String> lines = new ArrayList<>();
        for (JsonNode finding : report.get("findings")) {
            if (finding.has("suppressed") == suppressed
                    && (wanted.isEmpty() || wanted.contains(finding.get("severity").asText()))) {
                lines.add(finding.get("rule").asText() + " " + finding.get("file").asText() + ":" + finding.get("line").asInt());
            }
        }
        return lines;
    }

    @Test
    void reportsExactlyTheDeliberateConcernsFromMediumUp() {
        assertThat(findings(false, "critical", "high", "medium")).containsExactly(
                "cluster-admin-binding rbac/deploy-bot.yaml:18",
                "cluster-admin-binding terraform/headlamp.tf:36",
                "private-key-committed jobs/backup-cronjob.yaml:11",
                "privileged-container apps/shop/redis.yaml:29",
                "configmap-sensitive-data apps/shop/config.yaml:14",
                "configmap-sensitive-data jobs/backup-cronjob.yaml:10",
                "database-data-ephemeral apps/shop/redis.yaml:66",
                "env-literal-credential apps/shop/worker.yaml:30",
                "key-file-outside-secret terraform/wiki.tf:28",
                "secret-literal-committed apps/shop/postgres.yaml:8",
                "service-selector-orphan apps/shop/redis.yaml:78",
                "critical-workload-single-replica apps/shop/postgres.yaml:38",
                "critical-workload-single-replica apps/shop/redis.yaml:11",
                "hpa-replicas-conflict apps/shop/web.yaml:11",
                "image-tag-mutable apps/blog/blog.yaml:24",
                "image-tag-mutable apps/notes/overlays/prod/backup-sidecar.yaml:11",
                "image-tag-mutable apps/shop/redis.yaml:26",
                "image-tag-mutable apps/shop/worker.yaml:23",
                "image-tag-mutable clusters/home/photos.yaml:18",
                "image-tag-mutable terraform/podcasts.tf:31",
                "ingress-tls-missing apps/blog/blog.yaml:53",
                "ingress-tls-missing terraform/modules/ingress/main.tf:24",
                "liveness-probe-missing apps/blog/blog.yaml:23",
                "liveness-probe-missing apps/notes/overlays/prod/backup-sidecar.yaml:10",
                "liveness-probe-missing apps/shop/worker.yaml:22",
                "memory-limit-missing apps/blog/blog.yaml:23",
                "memory-limit-missing apps/shop/redis.yaml:62",
                "network-policy-missing apps/blog/blog.yaml:8",
                "network-policy-missing apps/notes/base/deployment.yaml:4",
                "network-policy-missing charts/photos/templates/deployment.yaml:4",
                "network-policy-missing charts/photos/templates/deployment.yaml:4",
                "nfs-server-dependency terraform/podcasts.tf:58",
                "pdb-missing apps/shop/worker.yaml:11",
                "pdb-missing argocd/photos-staging.yaml:15",
                "readiness-probe-missing monitoring/uptime-kuma.yaml:34",
                "resource-requests-missing apps/blog/blog.yaml:23",
                "resource-requests-missing monitoring/uptime-kuma.yaml:47",
                "runs-as-root apps/blog/blog.yaml:8",
                "runs-as-root apps/shop/postgres.yaml:48",
                "runs-as-root apps/shop/redis.yaml:5",
                "runs-as-root apps/shop/worker.yaml:5",
                "runs-as-root jobs/backup-cronjob.yaml:47",
                "runs-as-root monitoring/uptime-kuma.yaml:17",
                "runs-as-root terraform/charts/linkding/templates/deployment.yaml:4",
                "runs-as-root terraform/podcasts.tf:4",
                "seccomp-profile-missing apps/blog/blog.yaml:8",
                "seccomp-profile-missing apps/shop/postgres.yaml:48",
                "seccomp-profile-missing apps/shop/redis.yaml:5",
                "seccomp-profile-missing apps/shop/web.yaml:27",
                "seccomp-profile-missing apps/shop/worker.yaml:5",
                "seccomp-profile-missing jobs/backup-cronjob.yaml:47",
                "seccomp-profile-missing monitoring/node-exporter.yaml:34",
                "seccomp-profile-missing monitoring/prometheus.yaml:101",
                "seccomp-profile-missing monitoring/uptime-kuma.yaml:17",
                "seccomp-profile-missing terraform/charts/linkding/templates/deployment.yaml:4",
                "seccomp-profile-missing terraform/podcasts.tf:4",
                "terraform-provider-unpinned terraform/versions.tf:10");
    }

    /** Hardening gaps and notes repeat per workload: their count per rule is what an operator checks. */
    @Test
    void countsTheLowAndInfoFindingsPerRule() {
        Map<String, Integer> perRule = new TreeMap<>();
        findings(false, "low", "info").forEach(line -> perRule.merge(line.substring(0, line.indexOf(' ')), 1, Integer::sum));
        assertThat(perRule).containsExactly(
                Map.entry("capabilities-not-dropped", 10),
                Map.entry("chart-settings-missing", 1),
                Map.entry("ci-validation-missing", 1),
                Map.entry("debt-marker", 2),
                Map.entry("image-tag-prerelease", 1),
                Map.entry("namespace-default-deny-missing", 5),
                Map.entry("namespace-quota-missing", 8),
                Map.entry("privilege-escalation-allowed", 9),
                Map.entry("replicas-without-spread", 3),
                Map.entry("root-filesystem-writable", 10),
                Map.entry("service-account-token-automount", 9));
    }

    @Test
    void commentAnnotationAndConfigExceptionEachSilenceAFindingWithTheirReason() {
        assertThat(findings(true)).containsExactly(
                "host-namespace monitoring/node-exporter.yaml:30",
                "host-namespace monitoring/node-exporter.yaml:31",
                "host-path-volume monitoring/node-exporter.yaml:81",
                "host-path-volume monitoring/node-exporter.yaml:84",
                "host-path-volume monitoring/node-exporter.yaml:87",
                "image-tag-mutable monitoring/uptime-kuma.yaml:36",
                "network-policy-missing jobs/backup-cronjob.yaml:47");
        List<String> by = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.has("suppressed")) {
                by.add(f.get("suppressed").get("by").asText());
                assertThat(f.get("suppressed").get("reason").asText()).isNotBlank();
            }
        });
        assertThat(by).containsExactly("config", "config", "config", "config", "config", "inline", "annotation");
    }

    @Test
    void jsonCarriesEveryFieldOfSchemaVersionOne() {
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("tool").get("name").asText()).isEqualTo("plumb");
        assertThat(report.get("tool").get("version").asText()).isNotBlank();
        assertThat(report.get("root").asText()).endsWith("examples/homelab");
        assertThat(report.get("scannedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        JsonNode summary = report.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(53);
        assertThat(summary.get("resources").asInt()).isEqualTo(76);
        assertThat(summary.get("findings").asInt()).isEqualTo(116);
        assertThat(summary.get("suppressed").asInt()).isEqualTo(7);
        assertThat(summary.get("bySeverity").get("critical").asInt()).isEqualTo(4);
        assertThat(summary.get("byCategory").get("security").asInt()).isEqualTo(77);
        JsonNode first = report.get("findings").get(0);
        assertThat(first.fieldNames()).toIterable().contains("rule", "title", "severity", "category", "message",
                "file", "line", "endLine", "subject", "fingerprint");
        assertThat(first.get("subject").fieldNames()).toIterable().containsExactly("kind", "namespace", "name", "container");
        assertThat(first.get("subject").get("kind").asText()).isEqualTo("ClusterRoleBinding");
        assertThat(first.get("fingerprint").asText()).matches("[0-9a-f]{16}");
        assertThat(report.get("skipped").isArray()).isTrue();
    }

    @Test
    void renderedChartsAndBuiltOverlaysPointAtTheLinesAnOperatorEdits() {
        // The Flux release's own values set the mutable tag; the chart's template only reads it.
        assertThat(related("image-tag-mutable", "clusters/home/photos.yaml:18"))
                .isEqualTo("charts/photos/templates/deployment.yaml:22");
        // The Argo CD Application asks for two replicas in its valuesObject.
        assertThat(related("pdb-missing", "argocd/photos-staging.yaml:15"))
                .isEqualTo("charts/photos/templates/deployment.yaml:8");
        // The overlay's patch adds the untagged sidecar; the base's :latest is pinned by the overlay's images.
        assertThat(findings(false)).contains("image-tag-mutable apps/notes/overlays/prod/backup-sidecar.yaml:11")
                .noneMatch(finding -> finding.startsWith("image-tag-mutable apps/notes/base/"));
        // The helmfile's inline values turn the read-only root filesystem off for the lab release.
        assertThat(related("root-filesystem-writable", "helmfile.yaml:15"))
                .isEqualTo("charts/photos/templates/deployment.yaml:38");
    }

    /** The template line a finding on a values line names, "file:line". */
    private static String related(String rule, String location) {
        for (JsonNode finding : report.get("findings")) {
            if ((finding.get("rule").asText() + " " + finding.get("file").asText() + ":" + finding.get("line").asInt())
                    .equals(rule + " " + location)) {
                return finding.get("related").get("file").asText() + ":" + finding.get("related").get("line").asInt();
            }
        }
        throw new AssertionError("no " + rule + " finding at " + location);
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
                // The linkding chart is not rendered yet: the capability rules cannot tell what the platform lacks.
                .contains("Analysed 46 of 48 infrastructure files.\nIn part: 1 helmfile file (charts of their releases not "
                        + "rendered: from outside the repository, or failing), 1 Helm release in 1 file (charts from outside the "
                        + "repository, not in the chart cache).\n")
                .contains("Not judged while part of the repository is unread: backups, restore tests, metrics, logs,")
                .containsPattern("116 findings: 4 critical, 7 high, 46 medium, 41 low, 18 info · 46 of 48 infrastructure files analysed · 76 resources · \\d+\\.\\d\\d s")
                .doesNotContain("\u001b[");
        assertThat(result.err()).isEmpty();
    }
}
