package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF plumb writes, checked by Microsoft's SARIF Multitool (the validator the format's authors ship)
 * and against what a GitHub code-scanning upload requires. Maven installs the Multitool pinned in
 * tools/sarif-multitool before the integration tests; without it the validation tests say so and are
 * skipped, except under CI=true, where a missing validator fails them.
 */
class SarifValidationIT {

    static final Path MULTITOOL = Path.of("target", "sarif-multitool", "node_modules", "@microsoft",
            "sarif-multitool-linux", "Sarif.Multitool").toAbsolutePath();

    @TempDir
    static Path work;

    private static Path homelab;
    private static Path awkward;

    @BeforeAll
    static void scanToSarif() throws IOException {
        Path tree = work.resolve("awkward repo");
        Files.createDirectories(tree.resolve("stack"));
        Files.createDirectories(tree.resolve("apps/ü space"));
        write(tree, "stack/main.tf", """
                resource "kubernetes_deployment_v1" "web" {
                  metadata {
                    name      = "web"
                    namespace = "shop"
                  }
                  spec {
                    template {
                      spec {
                        container {
                          name  = "web"
                          image = "nginx:latest"
                        }
                      }
                    }
                  }
                }

                resource "helm_release" "redis" {
                  name  = "redis"
                  chart = "bitnami/redis"
                }
                """);
        write(tree, "stack/broken.tf", "resource \"kubernetes_namespace_v1\" \"x\" {\n  metadata {\n    name = \"x\"\n");
        write(tree, "apps/broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n   b: c\n");
        write(tree, "apps/ü space/api.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                  namespace: shop
                  annotations:
                    plumb.dev/ignore: "liveness-probe-missing — probes come from the mesh"
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: ghcr.io/acme/api:latest   # plumb:ignore image-tag-mutable renovate pins it
                          securityContext:
                            privileged: true
                """);
        write(tree, ".plumb.yaml", """
                exceptions:
                  - rule: privileged-container
                    path: "apps/**"
                    reason: the api needs raw sockets
                    expires: 2099-12-31
                """);
        homelab = scan(Path.of("examples", "homelab").toAbsolutePath(), "homelab.sarif");
        awkward = scan(tree, "awkward.sarif");
    }

    @Test
    void theHomelabScanValidatesWithoutErrorsOrWarnings() throws Exception {
        assertThat(problems(homelab)).isEmpty();
    }

    @Test
    void terraformBrokenFilesAndSuppressionsValidateWithoutErrorsOrWarnings() throws Exception {
        assertThat(problems(awkward)).isEmpty();
    }

    @Test
    void theValidatorCatchesAnInvalidLogSoTheTwoAboveMeanSomething() throws Exception {
        String broken = Files.readString(awkward, StandardCharsets.UTF_8)
                .replaceFirst("\"startLine\": \\d+", "\"startLine\": 0");
        Path invalid = Files.writeString(work.resolve("invalid.sarif"), broken);
        assertThat(problems(invalid)).anyMatch(problem -> problem.contains("startLine"));
    }

    @Test
    void theAwkwardTreeCoversTheShapesThatMatter() throws IOException {
        JsonNode results = run(awkward).get("results");
        Set<String> rules = new HashSet<>();
        results.forEach(result -> rules.add(result.get("ruleId").asText()));
        assertThat(rules).contains("parse-error", "image-tag-mutable", "privileged-container", "helm-chart-version-missing");
        Set<String> files = new HashSet<>();
        results.forEach(result -> files.add(
                result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()));
        assertThat(files).contains("stack/main.tf", "stack/broken.tf", "apps/broken.yaml", "apps/%C3%BC%20space/api.yaml");
        Set<String> kinds = new HashSet<>();
        results.forEach(result -> result.path("suppressions").forEach(s -> kinds.add(s.get("kind").asText())));
        assertThat(kinds).containsExactlyInAnyOrder("inSource", "external");
    }

    @Test
    void everyResultMeetsWhatAGitHubUploadNeeds() throws IOException {
        for (Path log : List.of(homelab, awkward)) {
            JsonNode run = run(log);
            JsonNode rules = run.get("tool").get("driver").get("rules");
            assertThat(run.get("originalUriBaseIds").get("ROOT").get("uri").asText()).startsWith("file:///").endsWith("/");
            assertThat(run.get("results").size()).isPositive();
            for (JsonNode result : run.get("results")) {
                String ruleId = result.get("ruleId").asText();
                assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).as("ruleIndex of %s", ruleId)
                        .isEqualTo(ruleId);
                assertThat(result.get("partialFingerprints").get("plumb/v1").asText()).as(ruleId).matches("[0-9a-f]{8,}");
                JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
                assertThat(artifact.get("uriBaseId").asText()).isEqualTo("ROOT");
                assertThat(artifact.get("uri").asText()).as(ruleId).doesNotContain(":").doesNotStartWith("/")
                        .doesNotContain(" ").doesNotContain("..");
            }
        }
    }

    @Test
    void everyRuleHasTheHelpCodeScanningShows() throws IOException {
        JsonNode rules = run(homelab).get("tool").get("driver").get("rules");
        assertThat(rules.size()).isGreaterThan(80);
        for (JsonNode rule : rules) {
            String id = rule.get("id").asText();
            assertThat(rule.get("shortDescription").get("text").asText()).as(id).isNotBlank();
            assertThat(rule.get("fullDescription").get("text").asText()).as(id).isNotBlank();
            assertThat(rule.get("help").get("markdown").asText()).as(id).startsWith("**Fix.** ");
            assertThat(rule.get("defaultConfiguration").get("level").asText()).as(id).isIn("error", "warning", "note");
        }
        JsonNode mutable = find(rules, "image-tag-mutable");
        assertThat(mutable.get("help").get("text").asText()).contains("# <-- image-tag-mutable");
    }

    private static JsonNode find(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static Path scan(Path root, String name) {
        Path out = work.resolve(name);
        PlumbProcess.Result result = PlumbProcess.run("scan", root.toString(), "--format", "sarif", "-o", out.toString(),
                "--fail-on", "none");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("Exception");
        return out;
    }

    private static JsonNode run(Path log) throws IOException {
        return new ObjectMapper().readTree(log.toFile()).get("runs").get(0);
    }

    /** The Multitool's errors and warnings about {@code log}, one line each. */
    private static List<String> problems(Path log) throws Exception {
        requireMultitool();
        Path verdict = work.resolve(log.getFileName() + ".validation.sarif");
        Process process = new ProcessBuilder(MULTITOOL.toString(), "validate", log.toString(), "--output", verdict.toString(),
                "--log", "ForceOverwrite", "--level", "Error;Warning")
                .redirectErrorStream(true).redirectOutput(work.resolve("multitool.txt").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the SARIF Multitool did not finish within 120 s");
        }
        assertThat(Files.exists(verdict)).as(Files.readString(work.resolve("multitool.txt"))).isTrue();
        List<String> problems = new ArrayList<>();
        for (JsonNode result : run(verdict).path("results")) {
            String level = result.path("level").asText("warning");
            if (level.equals("error") || level.equals("warning")) {
                problems.add(level + " " + result.get("ruleId").asText() + " " + result.get("message"));
            }
        }
        for (JsonNode notification : run(verdict).path("invocations").path(0).path("toolExecutionNotifications")) {
            problems.add("tool " + notification.path("level").asText() + " " + notification.path("message"));
        }
        return problems;
    }

    private static void requireMultitool() {
        if (Files.isExecutable(MULTITOOL)) {
            return;
        }
        String missing = "SARIF Multitool not installed at " + MULTITOOL
                + " — `mvn verify` installs it with npm (tools/sarif-multitool/install); is npm on the PATH?";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing);
        }
        System.err.println("SarifValidationIT: SKIPPED — " + missing);
        Assumptions.abort(missing);
    }

    private static void write(Path root, String name, String text) throws IOException {
        Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
    }
}
