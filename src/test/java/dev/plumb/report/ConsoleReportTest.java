package dev.plumb.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.rule.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static String plain(boolean verbose) {
        return SampleScan.render(new ConsoleReport(false, verbose), SampleScan.result());
    }

    @Test
    void groupsBySeverityThenRuleAndEndsWithTheCounts() {
        assertThat(plain(false)).isEqualTo("""
                CRITICAL  cluster-admin-binding — Binding grants cluster-admin (1)
                  rbac/admin.yaml:3  ClusterRoleBinding/deployer-admin: binds ServiceAccount ops/deployer to cluster-admin

                HIGH  key-material-committed — Private key committed (1)
                  keys/deploy key.pem  an RSA private key (1679 bytes) is committed

                HIGH  parse-error — File could not be parsed (1)
                  broken/values.yaml:4  mapping values are not allowed here
                       in reader, line 4
                          image: a: b
                                  ^

                HIGH  privileged-container — Privileged container (2)
                  apps/api.yaml:20  Deployment/web/api container app: runs privileged (exception expired 2026-01-31)
                  apps/worker.yaml:18  Deployment/web/worker container worker: runs privileged

                MEDIUM  image-tag-mutable — Image uses a mutable tag (1)
                  apps/api.yaml:19  Deployment/web/api container app: image `my_app:*` | tag <latest> is mutable

                2 suppressed (see --format json)
                2 files skipped (--verbose lists them)
                6 findings: 1 critical, 4 high, 1 medium, 0 low, 0 info · 14 files · 37 resources · 0.21 s
                """);
    }

    @Test
    void byFileListsEachFileInPathOrderWithItsFindingsByLine() {
        assertThat(SampleScan.render(new ConsoleReport(false, false, Grouping.FILE, false), SampleScan.result()))
                .isEqualTo("""
                apps/api.yaml (2)
                  line 19  MEDIUM    image-tag-mutable  Deployment/web/api container app: image `my_app:*` | tag <latest> is mutable
                  line 20  HIGH      privileged-container  Deployment/web/api container app: runs privileged (exception expired 2026-01-31)

                apps/worker.yaml (1)
                  line 18  HIGH      privileged-container  Deployment/web/worker container worker: runs privileged

                broken/values.yaml (1)
                  line 4  HIGH      parse-error  mapping values are not allowed here
                       in reader, line 4
                          image: a: b
                                  ^

                keys/deploy key.pem (1)
                  file  HIGH      key-material-committed  an RSA private key (1679 bytes) is committed

                rbac/admin.yaml (1)
                  line 3  CRITICAL  cluster-admin-binding  ClusterRoleBinding/deployer-admin: binds ServiceAccount ops/deployer to cluster-admin

                2 suppressed (see --format json)
                2 files skipped (--verbose lists them)
                6 findings: 1 critical, 4 high, 1 medium, 0 low, 0 info · 14 files · 37 resources · 0.21 s
                """);
    }

    @Test
    void bySeverityPutsTheMostSevereFirstWithTheRuleOnEachLine() {
        assertThat(SampleScan.render(new ConsoleReport(false, false, Grouping.SEVERITY, false), SampleScan.result()))
                .startsWith("""
                CRITICAL (1)
                  rbac/admin.yaml:3  cluster-admin-binding  ClusterRoleBinding/deployer-admin: binds ServiceAccount ops/deployer to cluster-admin

                HIGH (4)
                  keys/deploy key.pem  key-material-committed  an RSA private key (1679 bytes) is committed
                  broken/values.yaml:4  parse-error  mapping values are not allowed here
                       in reader, line 4
                          image: a: b
                                  ^
                  apps/api.yaml:20  privileged-container  Deployment/web/api container app: runs privileged (exception expired 2026-01-31)
                  apps/worker.yaml:18  privileged-container  Deployment/web/worker container worker: runs privileged

                MEDIUM (1)
                  apps/api.yaml:19  image-tag-mutable  Deployment/web/api container app: image `my_app:*` | tag <latest> is mutable

                2 suppressed""");
    }

    @Test
    void quietPrintsOnlyTheClosingLineWhateverTheGrouping() {
        for (Grouping grouping : Grouping.values()) {
            assertThat(SampleScan.render(new ConsoleReport(false, true, grouping, true), SampleScan.result()))
                    .isEqualTo("6 findings: 1 critical, 4 high, 1 medium, 0 low, 0 info · 14 files · 37 resources · 0.21 s\n");
        }
    }

    @Test
    void suppressedFindingsAreCountedButNotListed() {
        assertThat(plain(false)).doesNotContain("probes-missing").doesNotContain("jobs/backup.yaml");
    }

    @Test
    void verboseListsEachSkippedFileWithItsReason() {
        assertThat(plain(true)).contains("""
                2 files skipped:
                  vendor/big blob.bin — binary file
                  charts/old/values.yaml — unreadable: permission denied
                """).doesNotContain("--verbose lists them");
    }

    @Test
    void noEscapeSequencesWithoutColour() {
        assertThat(plain(false)).doesNotContain("\u001b");
    }

    @Test
    void colourPaintsTheSeverityNames() {
        String coloured = SampleScan.render(new ConsoleReport(true, false), SampleScan.result());
        assertThat(coloured).contains("\u001b[1;31mCRITICAL\u001b[0m  cluster-admin-binding")
                .contains("\u001b[31mHIGH\u001b[0m  privileged-container")
                .contains("\u001b[33mMEDIUM\u001b[0m  image-tag-mutable");
    }

    @Test
    void aCleanScanStillReportsWhatItLookedAt() {
        assertThat(SampleScan.render(new ConsoleReport(true, false), SampleScan.clean()))
                .isEqualTo("No findings · 1 file · 1 resource · 0.05 s\n");
    }

    @Test
    void escapeSequencesFromScannedFilesAreShownNotObeyed() {
        String hostile = SampleScan.render(new ConsoleReport(true, false), SampleScan.with(List.of(
                SampleScan.finding(SampleScan.PRIVILEGED, "runs \u001b]0;pwned\u0007privileged", "apps/x\u202e.yaml", 3, 3,
                        Subject.NONE, null, null))));
        assertThat(hostile).contains("runs \\x1b]0;pwned\\x07privileged").contains("apps/x\\u202e.yaml:3");
        assertThat(hostile.replace("\u001b[31m", "").replace("\u001b[0m", "")).doesNotContain("\u001b");
    }

    @Test
    void aMessageThatAlreadyNamesItsSubjectIsNotPrefixedWithItAgain() {
        String console = SampleScan.render(new ConsoleReport(false, false), SampleScan.with(List.of(
                SampleScan.finding(SampleScan.PRIVILEGED, "Container \"app\" of Deployment/web/api runs privileged",
                        "apps/api.yaml", 20, 20, SampleScan.API, null, null))));
        assertThat(console).contains("  apps/api.yaml:20  Container \"app\" of Deployment/web/api runs privileged\n");
    }

    @Test
    void noLineEndsInASpace() {
        assertThat(plain(true).lines()).noneMatch(line -> line.endsWith(" "));
    }
}
