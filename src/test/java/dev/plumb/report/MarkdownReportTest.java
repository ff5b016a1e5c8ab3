package dev.plumb.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private final String markdown = SampleScan.render(new MarkdownReport(), SampleScan.result());

    @Test
    void listsFindingsUnderSeverityHeadingsThenSuppressedThenSkipped() {
        assertThat(markdown).isEqualTo("""
                # plumb findings

                Root `/srv/infra repo` · scanned 2026-02-01 10:15 UTC · 6 findings: 1 critical, 4 high, 1 medium, \
                0 low, 0 info (2 suppressed) · 14 files · 37 resources

                ## Critical

                - **cluster-admin-binding** `rbac/admin.yaml:3` — ClusterRoleBinding/deployer-admin: binds \
                ServiceAccount ops/deployer to cluster-admin

                ## High

                - **key-material-committed** `keys/deploy key.pem` — an RSA private key (1679 bytes) is committed
                - **parse-error** `broken/values.yaml:4` — mapping values are not allowed here in reader, line 4 \
                image: a: b ^
                - **privileged-container** `apps/api.yaml:20` — Deployment/web/api container app: runs privileged \
                (exception expired 2026-01-31)
                - **privileged-container** `apps/worker.yaml:18` — Deployment/web/worker container worker: runs privileged

                ## Medium

                - **image-tag-mutable** `apps/api.yaml:19` — Deployment/web/api container app: image \\`my\\_app:\\*\\` \
                \\| tag \\<latest\\> is mutable

                ## Suppressed

                - **probes-missing** `jobs/backup.yaml:12` — CronJob/ops/backup container restic: has no liveness or \
                readiness probe — suppressed by config: batch job, nothing to probe
                - **probes-missing** `apps/api.yaml:15` — Deployment/web/api container app: has no liveness or \
                readiness probe — suppressed by annotation: probes come from the mesh

                ## Skipped files

                - `vendor/big blob.bin` — binary file
                - `charts/old/values.yaml` — unreadable: permission denied
                """);
    }

    @Test
    void markupInMessagesIsEscapedSoItRendersLiterally() {
        assertThat(MarkdownText.escape("a|b *c* _d_ `e` <img> [x](y) ~~z~~ \\"))
                .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\`e\\` \\<img\\> \\[x\\](y) \\~\\~z\\~\\~ \\\\");
    }

    @Test
    void pathsWithBackticksStayInsideTheirCodeSpan() {
        assertThat(MarkdownText.code("odd`name.yaml")).isEqualTo("``odd`name.yaml``");
        assertThat(MarkdownText.code("`edge`")).isEqualTo("`` `edge` ``");
    }

    @Test
    void aCleanScanSaysSoWithoutEmptySections() {
        String clean = SampleScan.render(new MarkdownReport(), SampleScan.clean());
        assertThat(clean).contains("No findings · 1 file · 1 resource").doesNotContain("## ");
    }

    @Test
    void noLineEndsInASpace() {
        assertThat(markdown.lines()).noneMatch(line -> line.endsWith(" "));
    }
}
