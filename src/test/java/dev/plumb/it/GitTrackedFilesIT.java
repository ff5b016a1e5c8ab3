package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.testing.GitRepositories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file git tracks is part of the repository even where .gitignore matches it, as git itself has it. */
class GitTrackedFilesIT {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: %s, namespace: apps}
            spec:
              selector: {matchLabels: {app: %s}}
              template:
                metadata: {labels: {app: %s}}
                spec:
                  containers:
                    - name: app
                      image: nginx:latest
            """;

    @Test
    void aTrackedManifestUnderAnIgnoredDirectoryIsScannedAndAnUntrackedOneIsNot(@TempDir Path repo) throws Exception {
        Path generated = Files.createDirectories(repo.resolve("generated"));
        Files.writeString(generated.resolve("deploy.yaml"), DEPLOYMENT.formatted("shop", "shop", "shop"));
        // Tracked although .gitignore matches it, the state `git add -f generated/deploy.yaml` leaves.
        GitRepositories.commit(repo, "generated/deploy.yaml");
        Files.writeString(repo.resolve(".gitignore"), "generated/\n");
        GitRepositories.commit(repo, ".gitignore");
        Files.writeString(generated.resolve("scratch.yaml"), DEPLOYMENT.formatted("scratch", "scratch", "scratch"));

        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");

        assertThat(result.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(result.out());
        List<String> mutableTags = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("image-tag-mutable")) {
                mutableTags.add(finding.get("file").asText() + ":" + finding.get("line").asInt());
            }
        });
        assertThat(mutableTags).containsExactly("generated/deploy.yaml:11");
        Map<String, String> skipped = new HashMap<>();
        report.get("skipped").forEach(skip -> skipped.put(skip.get("path").asText(), skip.get("reason").asText()));
        assertThat(skipped).containsEntry("generated/scratch.yaml", ".gitignore").doesNotContainKey("generated/deploy.yaml");
    }
}
