package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tools' JSON settings, comments and trailing commas included, are text: never a parse error. */
class ToolJsonIT {

    @Test
    void settingsWithCommentsAreTextAndABrokenManifestIsStillAParseError(@TempDir Path repo) throws Exception {
        write(repo, "tsconfig.json", """
                {
                  // strict mode for the dashboard
                  "compilerOptions": {
                    "strict": true,
                    "paths": {"@/*": ["./src/*"]},
                  },
                  /* generated code stays out */
                  "exclude": ["dist",],
                }
                """);
        write(repo, ".devcontainer/devcontainer.json", """
                {
                  "name": "ops", // the image operators use
                  "image": "mcr.microsoft.com/devcontainers/base:bookworm",
                }
                """);
        write(repo, "renovate.json5", "{\n  extends: ['config:recommended'],\n  // weekly\n  schedule: ['on monday'],\n}\n");
        write(repo, "tools/lint.jsonc", "{\n  \"rules\": {\"no-tabs\": true}, // house style\n}\n");
        write(repo, "grafana/dashboard.json", "{\n  \"title\": \"Nodes\" /* exported by hand */,\n  \"panels\": [],\n}\n");
        write(repo, "deploy/settings.json", """
                {
                  "apiVersion": "v1",
                  "kind": "ConfigMap", // kubectl rejects a comment here
                  "metadata": {"name": "settings"}
                }
                """);

        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");

        assertThat(result.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(result.out());
        List<String> parseErrors = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("parse-error")) {
                parseErrors.add(finding.get("file").asText());
            }
        });
        assertThat(parseErrors).containsExactly("deploy/settings.json");
        assertThat(report.get("skipped")).isEmpty();
        assertThat(report.get("summary").get("files").asInt()).isEqualTo(6);
    }

    private static void write(Path root, String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
