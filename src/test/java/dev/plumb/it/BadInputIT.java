package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository full of files that break naive tools. Each gives a parse-error finding with its
 * line or a listed skip with its reason; the rest of the scan goes on, and plumb never crashes.
 */
class BadInputIT {

    @TempDir
    static Path repo;

    private static PlumbProcess.Result result;
    private static JsonNode report;

    @BeforeAll
    static void scanTheCorpus() throws Exception {
        write("good.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: good}
                spec:
                  containers: [{name: app, image: "nginx:latest"}]
                """);
        write("truncated.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: cut
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: "nginx:1.2
                """);
        write("tabs.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: tabbed\n");
        write("duplicate.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  x: '1'\n  x: '2'\n");
        write("deep.yaml", "a: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n");
        write("laughs.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n");
        write("empty.yaml", "");
        write("only-separators.yaml", "---\n---\n");
        write("odd-shapes.yaml", "apiVersion: 1\nkind: {a: b}\n---\napiVersion: v1\nkind: Pod\nmetadata: [x]\nspec:\n  containers: nope\n");
        Files.write(repo.resolve("latin1.yaml"),
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(repo.resolve("binary.yaml"), new byte[] {'a', 'p', 'i', 0, 1, 2, 3, (byte) 0xff, 0});
        try (RandomAccessFile big = new RandomAccessFile(repo.resolve("huge.yaml").toFile(), "rw")) {
            big.setLength(12L * 1024 * 1024);
        }
        Files.createDirectories(repo.resolve("nested"));
        Files.createSymbolicLink(repo.resolve("nested/loop"), repo.resolve("nested"));
        Files.createSymbolicLink(repo.resolve("dangling.yaml"), repo.resolve("nowhere.yaml"));
        Path locked = write("locked.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: locked}\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        new ProcessBuilder("mkfifo", repo.resolve("pipe.yaml").toString()).start().waitFor();

        result = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");
        report = new ObjectMapper().readTree(result.out());
    }

    private static Path write(String name, String text) throws Exception {
        return Files.writeString(repo.resolve(name), text);
    }

    private static Map<String, String> parseErrors() {
        Map<String, String> errors = new HashMap<>();
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("rule").asText().equals("parse-error")) {
                errors.put(finding.get("file").asText() + ":" + finding.get("line").asInt(), finding.get("message").asText());
            }
        }
        return errors;
    }

    private static Map<String, String> skipped() {
        Map<String, String> skips = new HashMap<>();
        report.get("skipped").forEach(skip -> skips.put(skip.get("path").asText(), skip.get("reason").asText()));
        return skips;
    }

    @Test
    void neverCrashesAndNeverPrintsAStackTrace() {
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error");
    }

    @Test
    void brokenYamlBecomesParseErrorsAtTheirLines() {
        Map<String, String> errors = parseErrors();
        assertThat(errors).containsKey("tabs.yaml:4");
        assertThat(errors.get("duplicate.yaml:7")).contains("duplicate key \"x\"");
        assertThat(errors.get("latin1.yaml:4")).contains("not valid UTF-8");
        assertThat(errors.keySet()).anyMatch(key -> key.startsWith("truncated.yaml:"));
        assertThat(errors.keySet()).noneMatch(key -> key.startsWith("laughs.yaml") || key.startsWith("deep.yaml") || key.startsWith("empty.yaml")
                || key.startsWith("only-separators.yaml") || key.startsWith("odd-shapes.yaml") || key.startsWith("good.yaml"));
        assertThat(errors.values()).allMatch(message -> message.length() < 300);
    }

    @Test
    void unreadableFilesAreListedWithWhy() {
        Map<String, String> skips = skipped();
        assertThat(skips.get("huge.yaml")).startsWith("larger than 10 MB");
        assertThat(skips.get("binary.yaml")).isEqualTo("binary file");
        assertThat(skips.get("nested/loop")).contains("symlink loop");
        assertThat(skips.get("dangling.yaml")).contains("broken symlink");
        if (Files.exists(repo.resolve("pipe.yaml"))) {
            assertThat(skips.get("pipe.yaml")).contains("not a regular file");
        }
        if (!Files.isReadable(repo.resolve("locked.yaml"))) {
            assertThat(skips.get("locked.yaml")).startsWith("unreadable");
        }
    }

    @Test
    void theRestOfTheScanGoesOn() {
        assertThat(report.get("findings")).anySatisfy(finding -> {
            assertThat(finding.get("rule").asText()).isEqualTo("image-tag-mutable");
            assertThat(finding.get("file").asText()).isEqualTo("good.yaml");
        });
    }

    @Test
    void theConsoleCountsSkipsAndVerboseListsThem() {
        PlumbProcess.Result console = PlumbProcess.run("scan", repo.toString(), "--fail-on", "none");
        assertThat(console.out()).containsPattern("\\d+ files? skipped").doesNotContain("huge.yaml");
        PlumbProcess.Result verbose = PlumbProcess.run("scan", repo.toString(), "--fail-on", "none", "--verbose");
        assertThat(verbose.out()).contains("huge.yaml").contains("larger than 10 MB");
    }
}
