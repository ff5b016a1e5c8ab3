package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An overlay that cannot be built falls back to its files, and a Helm template in no chart is not rendered: listed as not checked, with why. */
class SetAsideIT {

    @Test
    void chartsAndOverlaysAreListedNotFailed(@TempDir Path repo) throws Exception {
        Path overlay = Files.createDirectories(repo.resolve("overlays/prod"));
        Files.writeString(overlay.resolve("kustomization.yaml"), "resources: [../../base]\npatches:\n  - path: replicas.yaml\n");
        Files.writeString(overlay.resolve("replicas.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {replicas: 3}\n");
        Files.writeString(repo.resolve("loose-template.yaml"), "kind: ConfigMap\ndata:\n  {{ .Values.key }}: {{ .Values.value }}\n");

        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");
        JsonNode report = new ObjectMapper().readTree(result.out());

        Map<String, String> skipped = new HashMap<>();
        report.get("skipped").forEach(skip -> skipped.put(skip.get("path").asText(), skip.get("reason").asText()));
        assertThat(skipped.get("overlays/prod/kustomization.yaml")).startsWith("Kustomization");
        assertThat(skipped.get("overlays/prod/replicas.yaml")).startsWith("Kustomize patch");
        // The overlay's base is not in the repository: kustomize could not build it either, and says so on its line.
        List<JsonNode> overlayFindings = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("file").asText().startsWith("overlays/")) {
                overlayFindings.add(finding);
            }
        });
        assertThat(overlayFindings).singleElement().satisfies(finding -> {
            assertThat(finding.get("rule").asText()).isEqualTo("parse-error");
            assertThat(finding.get("file").asText() + ":" + finding.get("line").asInt()).isEqualTo("overlays/prod/kustomization.yaml:1");
            assertThat(finding.get("message").asText()).contains("resource not found: ../../base");
        });
        assertThat(skipped.get("loose-template.yaml")).startsWith("Helm template");
        assertThat(report.get("summary").get("files").asInt()).isZero();
    }

    @Test
    void aKustomizationsNamespaceAppliesToTheFilesItLists(@TempDir Path repo) throws Exception {
        Path app = Files.createDirectories(repo.resolve("apps/litellm"));
        Files.writeString(app.resolve("kustomization.yaml"), "namespace: litellm\nresources: [deployment.yaml, svc.yaml]\n");
        Files.writeString(app.resolve("deployment.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: litellm}
                spec:
                  selector: {matchLabels: {app: litellm}}
                  template:
                    metadata: {labels: {app: litellm}}
                    spec: {containers: [{name: litellm, image: "ghcr.io/berriai/litellm:v1.52.0"}]}
                """);
        Files.writeString(app.resolve("svc.yaml"), """
                apiVersion: v1
                kind: Service
                metadata: {name: litellm, namespace: litellm}
                spec: {selector: {app: litellm}, ports: [{port: 4000}]}
                """);

        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");
        JsonNode report = new ObjectMapper().readTree(result.out());

        assertThat(report.get("findings")).noneSatisfy(finding ->
                assertThat(finding.get("rule").asText()).isEqualTo("service-selector-orphan"));
        // Findings about objects, that is; a repository-wide one (no CI) has no namespace.
        assertThat(report.get("findings")).allSatisfy(finding -> {
            if (!finding.get("subject").get("kind").asText().isEmpty()) {
                assertThat(finding.get("subject").get("namespace").asText()).isEqualTo("litellm");
            }
        });
        assertThat(report.get("findings")).anySatisfy(finding ->
                assertThat(finding.get("subject").get("namespace").asText()).isEqualTo("litellm"));
    }
}
