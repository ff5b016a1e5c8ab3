package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kustomize overlays are scanned as kustomize builds them, and a finding points at the line to edit: base or patch. */
class KustomizeIT {

    private static final String TOKEN = "planted-generator-token-5150";
    private static final String PASSWORD = "planted-generator-password-8086";

    @TempDir
    Path repo;

    @Test
    void aPatchedImageIsReportedOnThePatchLineInTheOverlaysNamespace() throws IOException {
        write("apps/web/base/kustomization.yaml", "resources:\n  - deployment.yaml\n");
        write("apps/web/base/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                        - name: app
                          image: ghcr.io/acme/web:1.2.3
                          envFrom:
                            - secretRef: {name: web-secrets}
                """);
        write("apps/web/prod/kustomization.yaml", """
                namespace: web-prod
                resources:
                  - ../base
                patches:
                  - path: image.yaml
                secretGenerator:
                  - name: web-secrets
                    literals:
                      - API_TOKEN=%s
                configMapGenerator:
                  - name: web-config
                    literals:
                      - DB_PASSWORD=%s
                """.formatted(TOKEN, PASSWORD));
        write("apps/web/prod/image.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: ghcr.io/acme/web:latest
                """);

        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none");
        assertThat(result.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());

        List<JsonNode> mutable = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("image-tag-mutable")) {
                mutable.add(finding);
            }
        });
        assertThat(mutable).singleElement().satisfies(finding -> {
            assertThat(finding.get("file").asText()).isEqualTo("apps/web/prod/image.yaml");
            assertThat(finding.get("line").asInt()).isEqualTo(10);
            assertThat(finding.get("subject").get("namespace").asText()).isEqualTo("web-prod");
            assertThat(finding.get("subject").get("name").asText()).isEqualTo("web");
        });
        report.get("findings").forEach(finding ->
                assertThat(finding.get("rule").asText()).as(finding.toString()).isNotEqualTo("parse-error"));

        for (String format : List.of("json", "sarif", "console")) {
            PlumbProcess.Result output = PlumbProcess.run("scan", repo.toString(), "--format", format, "--fail-on", "none");
            for (String secret : List.of(TOKEN, PASSWORD, base64(TOKEN), base64(PASSWORD))) {
                assertThat(output.out()).as(format).doesNotContain(secret);
                assertThat(output.err()).as(format).doesNotContain(secret);
            }
        }
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
