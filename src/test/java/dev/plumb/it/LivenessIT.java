package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retired and test content is kept apart: in JSON with the reason, out of counts, gates, SARIF and reports. */
class LivenessIT {

    /** A privileged container: critical wherever it is. */
    private static final String PRIVILEGED = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: %s, namespace: apps}
            spec:
              selector: {matchLabels: {app: %1$s}}
              template:
                metadata: {labels: {app: %1$s}}
                spec:
                  containers:
                    - name: app
                      image: ghcr.io/acme/%1$s:1.0.0
                      securityContext: {privileged: true}
            """;

    @TempDir
    Path repo;

    @Test
    void retiredFoldersAreLeftOutOfGatesAndReportsButKeptInJson() throws IOException {
        write("apps/live.yaml", PRIVILEGED.formatted("live"));
        write("DEPRECATED/old-app.yaml", PRIVILEGED.formatted("old-app"));
        write("benchmarks/vllm/job.yaml", PRIVILEGED.formatted("bench"));
        write("nas/README.md", "# NAS stack\n\nThis folder is not in use any more; kept for reference.\n");
        write("nas/app.yaml", PRIVILEGED.formatted("nas"));

        JsonNode report = json("scan", repo.toString(), "--format", "json", "--fail-on", "none");
        List<String> live = new ArrayList<>();
        List<String> notLive = new ArrayList<>();
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("rule").asText().equals("privileged-container")) {
                (finding.get("live").asBoolean() ? live : notLive).add(finding.get("file").asText() + " "
                        + (finding.has("notLive") ? finding.get("notLive").get("reason").asText() : ""));
            }
        }
        assertThat(live).containsExactly("apps/live.yaml ");
        assertThat(notLive).containsExactlyInAnyOrder(
                "DEPRECATED/old-app.yaml retired: the folder is named DEPRECATED",
                "benchmarks/vllm/job.yaml test: the folder is named benchmarks",
                "nas/app.yaml retired: README.md says \"not in use\"");
        assertThat(report.get("summary").get("bySeverity").get("critical").asInt()).isEqualTo(1);
        assertThat(report.get("summary").get("notLive").asInt()).isGreaterThanOrEqualTo(3);

        PlumbProcess.Result console = PlumbProcess.run("scan", repo.toString(), "--fail-on", "critical");
        assertThat(console.exitCode()).isEqualTo(1);
        assertThat(console.out()).contains("DEPRECATED/: ").contains("left out (retired: the folder is named DEPRECATED)")
                .contains("--include-retired counts them").doesNotContain("DEPRECATED/old-app.yaml:");

        JsonNode sarif = json("scan", repo.toString(), "--format", "sarif", "--fail-on", "none");
        assertThat(sarif.toString()).contains("apps/live.yaml").doesNotContain("DEPRECATED/old-app.yaml");

        JsonNode counted = json("scan", repo.toString(), "--format", "json", "--fail-on", "none", "--include-retired");
        assertThat(counted.get("summary").get("bySeverity").get("critical").asInt()).isEqualTo(4);
    }

    @Test
    void onlyRetiredFindingsDoNotFailTheGate() throws IOException {
        write("apps/ok.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: apps}\n");
        write("archive/2023/old.yaml", PRIVILEGED.formatted("old"));

        assertThat(PlumbProcess.run("scan", repo.toString()).exitCode()).isZero();
        assertThat(PlumbProcess.run("scan", repo.toString(), "--include-retired").exitCode()).isEqualTo(1);
    }

    @Test
    void plumbYamlSaysWhatIsRetiredAndWhatIsLiveWhateverTheNames() throws IOException {
        write(".plumb.yaml", "retired: [\"clusters/nas\"]\nlive: [\"clusters/test\"]\n");
        write("clusters/nas/app.yaml", PRIVILEGED.formatted("nas"));
        write("clusters/test/app.yaml", PRIVILEGED.formatted("canary"));

        JsonNode report = json("scan", repo.toString(), "--format", "json", "--fail-on", "none");

        for (JsonNode finding : report.get("findings")) {
            if (finding.get("file").asText().startsWith("clusters/nas/")) {
                assertThat(finding.get("live").asBoolean()).isFalse();
                assertThat(finding.get("notLive").get("reason").asText()).isEqualTo("listed as retired in .plumb.yaml");
            } else {
                assertThat(finding.get("live").asBoolean()).as(finding.toString()).isTrue();
            }
        }
    }

    @Test
    void aTestClusterThatFluxDeploysIsLive() throws IOException {
        write("clusters/test/apps.yaml", """
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata: {name: apps, namespace: flux-system}
                spec:
                  interval: 10m
                  path: ./apps/test
                  prune: true
                  sourceRef: {kind: GitRepository, name: flux-system}
                """);
        write("apps/test/app.yaml", PRIVILEGED.formatted("canary"));
        write("tests/fixtures/app.yaml", PRIVILEGED.formatted("fixture"));

        JsonNode report = json("scan", repo.toString(), "--format", "json", "--fail-on", "none");

        List<String> live = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("privileged-container") && finding.get("live").asBoolean()) {
                live.add(finding.get("file").asText());
            }
        });
        assertThat(live).containsExactly("apps/test/app.yaml");
    }

    @Test
    void aTerraformModuleNoStackCallsIsALibraryNotADeployment() throws IOException {
        String module = """
                resource "kubernetes_deployment_v1" "this" {
                  metadata {
                    name      = "%s"
                    namespace = "apps"
                  }
                  spec {
                    template {
                      spec {
                        container {
                          name  = "app"
                          image = "nginx:latest"
                        }
                      }
                    }
                  }
                }
                """;
        write("modules/used/main.tf", module.formatted("used"));
        write("modules/unused/main.tf", module.formatted("unused"));
        write("stacks/apps/main.tf", "module \"used\" {\n  source = \"../../modules/used\"\n}\n");

        JsonNode report = json("scan", repo.toString(), "--format", "json", "--fail-on", "none");

        List<String> mutable = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("image-tag-mutable")) {
                mutable.add(finding.get("file").asText() + " live=" + finding.get("live").asBoolean());
            }
        });
        assertThat(mutable).containsExactlyInAnyOrder("modules/used/main.tf live=true", "modules/unused/main.tf live=false");
    }

    @Test
    void aBrokenFileIsOneParseErrorAndInARetiredFolderNotLive() throws IOException {
        String broken = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  A: 1\n  A: 2\n  b: [\n";
        write("apps/broken.yaml", broken);
        write("archive/broken.yaml", broken);

        JsonNode report = json("scan", repo.toString(), "--format", "json", "--fail-on", "none");

        List<String> parseErrors = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("parse-error")) {
                parseErrors.add(finding.get("file").asText() + " live=" + finding.get("live").asBoolean() + " "
                        + finding.get("message").asText().contains("(and 1 more problem in this file)"));
            }
        });
        assertThat(parseErrors).containsExactlyInAnyOrder("apps/broken.yaml live=true true", "archive/broken.yaml live=false true");
    }

    @Test
    void theScannedRootIsAlwaysLive() throws IOException {
        Path tests = repo.resolve("tests");
        write("tests/app.yaml", PRIVILEGED.formatted("app"));

        PlumbProcess.Result result = PlumbProcess.run("scan", tests.toString(), "--fail-on", "critical");

        assertThat(result.exitCode()).isEqualTo(1);
    }

    private JsonNode json(String... args) throws IOException {
        PlumbProcess.Result result = PlumbProcess.run(args);
        return new ObjectMapper().readTree(result.out());
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
