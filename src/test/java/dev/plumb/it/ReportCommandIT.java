package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumb report} through the packaged jar: the files it writes, its exit codes and its usage errors. */
class ReportCommandIT {

    @TempDir
    Path temp;

    @Test
    void writesTheConcernsAuditAndTheComplianceMatrixIntoANewDirectory() throws IOException {
        Path out = temp.resolve("docs/reports");
        PlumbProcess.Result result = PlumbProcess.run("report", "examples/homelab", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(names(out)).containsExactly("COMPLIANCE.md", "CONCERNS.md", "report.html");
        String concerns = read(out.resolve("CONCERNS.md"));
        assertThat(concerns).startsWith("# Concerns\n")
                .contains("## Security Considerations").contains("### Binding grants cluster-admin")
                .contains("- `rbac/deploy-bot.yaml:18` — ClusterRoleBinding/deploy-bot-cluster-admin").contains("## Accepted Gaps")
                .containsPattern("\nConcerns audit: \\d{4}-\\d{2}-\\d{2}\n$");
        String compliance = read(out.resolve("COMPLIANCE.md"));
        assertThat(compliance).contains("| `apps/shop` |").contains("| Control | Have | Missing | % | Not checked |")
                .containsPattern("\nCompliance matrix: \\d{4}-\\d{2}-\\d{2}\n$");
        assertThat(result.out()).contains("CONCERNS.md").contains("COMPLIANCE.md").contains("report.html");
        assertThat(read(out.resolve("report.html"))).startsWith("<!DOCTYPE html>").contains("Binding grants cluster-admin");
    }

    @Test
    void failOnDecidesTheExitCodeAsScanDoes() {
        PlumbProcess.Result result = PlumbProcess.run("report", "examples/homelab", "--out", temp.toString(),
                "--fail-on", "none");
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void sarifAndJsonOnRequestOnly() throws IOException {
        PlumbProcess.Result result = PlumbProcess.run("report", "examples/homelab", "--out", temp.toString(),
                "--format", "sarif,json", "--fail-on", "none");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(names(temp)).containsExactly("plumb.json", "plumb.sarif");
        JsonNode json = new ObjectMapper().readTree(temp.resolve("plumb.json").toFile());
        assertThat(json.get("findings").size()).isGreaterThan(50);
        JsonNode sarif = new ObjectMapper().readTree(temp.resolve("plumb.sarif").toFile());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void twoRunsAreByteIdenticalApartFromTheDatedLines() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        PlumbProcess.run("report", "examples/homelab", "--out", first.toString(), "--fail-on", "none");
        PlumbProcess.run("report", "examples/homelab", "--out", second.toString(), "--fail-on", "none");
        for (String name : List.of("CONCERNS.md", "COMPLIANCE.md", "report.html")) {
            assertThat(undated(read(first.resolve(name)))).isEqualTo(undated(read(second.resolve(name))));
        }
    }

    @Test
    void reportsKeptInsideTheScannedTreeAreNotReadByTheNextRun() throws IOException {
        Path repo = temp.resolve("homelab");
        copyTree(Path.of("examples/homelab"), repo);
        Path out = repo.resolve("docs/reports");
        PlumbProcess.run("report", repo.toString(), "--out", out.toString(), "--format", "concerns,compliance,sarif,json",
                "--fail-on", "none");
        String first = undated(read(out.resolve("CONCERNS.md")));
        PlumbProcess.Result second = PlumbProcess.run("report", repo.toString(), "--out", out.toString(),
                "--format", "concerns,compliance,sarif,json", "--fail-on", "none");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(undated(read(out.resolve("CONCERNS.md")))).isEqualTo(first).contains("### Container image uses a mutable tag");
        JsonNode json = new ObjectMapper().readTree(out.resolve("plumb.json").toFile());
        assertThat(json.get("skipped").toString()).contains("docs/reports/plumb.sarif").contains("a report plumb wrote");
    }

    @Test
    void committedReportsDoNotChangeALaterScan() throws IOException {
        Path repo = temp.resolve("committed");
        copyTree(Path.of("examples/homelab"), repo);
        PlumbProcess.Result before = PlumbProcess.run("scan", repo.toString(), "--fail-on", "none");
        // Reports written elsewhere, then committed into the repository under other names.
        Path out = temp.resolve("elsewhere");
        PlumbProcess.run("report", repo.toString(), "--out", out.toString(), "--format", "concerns,compliance,html,sarif,json",
                "--fail-on", "none");
        Path committed = Files.createDirectories(repo.resolve("docs/audit"));
        for (String name : List.of("CONCERNS.md", "COMPLIANCE.md", "report.html", "plumb.sarif", "plumb.json")) {
            Files.copy(out.resolve(name), committed.resolve("2026-12-" + name));
        }
        PlumbProcess.Result after = PlumbProcess.run("scan", repo.toString(), "--fail-on", "none", "--verbose");
        String summary = before.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(after.out()).contains(summary.substring(0, summary.indexOf(" · ")))
                .contains("docs/audit/2026-12-CONCERNS.md — a report plumb wrote")
                .contains("docs/audit/2026-12-report.html — a report plumb wrote");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() throws IOException {
        PlumbProcess.Result noOut = PlumbProcess.run("report", "examples/homelab");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");

        Path out = temp.resolve("never");
        PlumbProcess.Result badFormat = PlumbProcess.run("report", "examples/homelab", "--out", out.toString(),
                "--format", "concerns,pdf");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown report format 'pdf'").contains("concerns, compliance, compliance-json, html, sarif, json");
        assertThat(out).doesNotExist();

        Path file = Files.writeString(temp.resolve("taken"), "a file");
        PlumbProcess.Result notADirectory = PlumbProcess.run("report", "examples/homelab", "--out", file.toString());
        assertThat(notADirectory.exitCode()).isEqualTo(2);
        assertThat(notADirectory.err()).contains("is a file, not a directory").doesNotContain("Exception");
    }

    @Test
    void aBrokenConfigurationIsAConfigurationErrorWithItsLine() throws IOException {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve(".plumb.yaml"), "compliance:\n  controls: [probes, pdbs]\n");
        Files.writeString(repo.resolve("app.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");
        PlumbProcess.Result result = PlumbProcess.run("report", repo.toString(), "--out", temp.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(".plumb.yaml:2").contains("unknown control \"pdbs\"");
    }

    private static String undated(String text) {
        return text.replaceAll("(?m)^(Concerns audit|Compliance matrix): .*$", "$1: <date>")
                .replaceAll("(?m)^<p class=\"dated\">.*$", "<p class=\"dated\">");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
