package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A helmfile's secrets stay where they are: a {@code secrets:} file is never read, {@code fetchSecretValue}
 * and {@code env} are never evaluated, so no output of a scan can carry what they hold.
 */
class HelmfileSecretsIT {

    private static final String SOPS_LITERAL = "s3cr3t-from-the-sops-file";
    private static final String VAULT_REFERENCE = "ref+vault://kv/data/grafana#adminPassword";

    @Test
    void secretFilesAndSecretReferencesNeverReachTheReport(@TempDir Path repo) throws Exception {
        Path bootstrap = Files.createDirectories(repo.resolve("bootstrap"));
        Files.writeString(bootstrap.resolve("helmfile.yaml.gotmpl"), """
                releases:
                  - name: grafana
                    namespace: monitoring
                    chart: ./charts/grafana
                    secrets:
                      - secrets/grafana.enc.yaml
                    values:
                      - adminPassword: {{ fetchSecretValue "%s" | quote }}
                        adminUser: {{ env "USER" | default "admin" | quote }}
                        ingress:
                          host: {{ requiredEnv "GRAFANA_HOST" }}
                  - name: broken
                    namespace: monitoring
                    chart: ./charts/missing
                """.formatted(VAULT_REFERENCE));
        Path secrets = Files.createDirectories(bootstrap.resolve("secrets"));
        Files.writeString(secrets.resolve("grafana.enc.yaml"), "adminPassword: " + SOPS_LITERAL + "\n");
        Path chart = Files.createDirectories(bootstrap.resolve("charts/grafana/templates"));
        Files.writeString(bootstrap.resolve("charts/grafana/Chart.yaml"), "apiVersion: v2\nname: grafana\nversion: 1.0.0\n");
        Files.writeString(chart.resolve("secret.yaml"), """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: grafana
                stringData:
                  password: {{ .Values.adminPassword }}
                """);

        for (String format : new String[] {"json", "sarif", "markdown"}) {
            PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", format, "--fail-on", "none");
            assertThat(result.out()).doesNotContain(SOPS_LITERAL).doesNotContain(VAULT_REFERENCE);
            String user = System.getenv("USER");
            if (user != null && user.length() > 3) {
                assertThat(result.out()).doesNotContain("adminUser: \"" + user);
            }
        }
        JsonNode report = new ObjectMapper().readTree(
                PlumbProcess.run("scan", repo.toString(), "--format", "json", "--fail-on", "none").out());
        assertThat(report.get("findings")).anySatisfy(finding -> {
            assertThat(finding.get("rule").asText()).isEqualTo("helmfile-chart-missing");
            assertThat(finding.get("file").asText()).isEqualTo("bootstrap/helmfile.yaml.gotmpl");
            assertThat(finding.get("line").asInt()).isEqualTo(12);
        });
        assertThat(report.get("coverage").get("text").asText())
                .contains("1 helmfile file (charts of their releases not rendered: from outside the repository, or failing)");
        assertThat(report.get("findings")).noneSatisfy(finding ->
                assertThat(finding.get("rule").asText()).isEqualTo("parse-error"));
    }
}
