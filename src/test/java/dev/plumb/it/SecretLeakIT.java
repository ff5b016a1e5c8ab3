package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No output format, nor stderr, ever carries a secret value found in the scanned files. */
class SecretLeakIT {

    /** Values planted in examples/homelab: a ConfigMap password, a Secret, an env var, a PEM body line. */
    private static final List<String> HOMELAB_SECRETS = List.of(
            "hunter2-shop-db", "s3cr3t-redis-pass", "Xk9-shop-pg-2024-rotate-me");

    /** Values planted by {@link #plant}: in objects, in env, in Terraform, and in files that do not parse. */
    private static final List<String> PLANTED_SECRETS = List.of("ghp_PlantedTokenValue", "planted-smtp-password",
            "PLANTEDPEMLINE", "planted-broken-password", "planted-env-password", "planted-tf-password",
            "ghp_PlantedTerraformToken", "planted-broken-tf-password");

    private static final String PLANTED = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: app-config, namespace: shop}
            data:
              API_TOKEN: "ghp_PlantedTokenValue0123456789abcdefABCD"
              SMTP_PASSWORD: planted-smtp-password-77
              private.key: |
                -----BEGIN PRIVATE KEY-----
                MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQPLANTEDPEMLINE
                -----END PRIVATE KEY-----
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: shop}
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:latest
                      env:
                        - {name: DB_PASSWORD, value: planted-env-password-42}
            """;

    private static final String BROKEN_SECRET = """
            apiVersion: v1
            kind: Secret
            metadata: {name: creds}
            stringData:
              password: "planted-broken-password-99
            """;

    private static final String TERRAFORM = """
            resource "kubernetes_secret_v1" "smtp" {
              metadata {
                name      = "smtp"
                namespace = "mail"
              }
              data = {
                SMTP_PASSWORD = "planted-tf-password-31"
              }
            }

            resource "kubernetes_config_map_v1" "app" {
              metadata {
                name      = "app"
                namespace = "mail"
              }
              data = {
                API_TOKEN = "ghp_PlantedTerraformToken0123456789abcdef"
              }
            }
            """;

    private static final String BROKEN_TERRAFORM = """
            resource "kubernetes_secret_v1" "broken" {
              data = {
                password = "planted-broken-tf-password-12
            """;

    @ParameterizedTest
    @ValueSource(strings = {"console", "json", "sarif", "markdown"})
    void homelabSecretsNeverAppear(String format) {
        PlumbProcess.Result result = PlumbProcess.run("scan", "examples/homelab", "--format", format, "--verbose", "--fail-on", "none");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().replace("\\", "")).contains("DB_PASSWORD");
        for (String secret : HOMELAB_SECRETS) {
            assertThat(result.both()).doesNotContain(secret);
        }
        assertThat(result.both()).doesNotContain("BEGIN RSA PRIVATE KEY").doesNotContain("MII");
    }

    /** Every file {@code plumb report} writes — the concerns audit, the matrix, report.html, SARIF, JSON. */
    @Test
    void reportFilesNeverCarryASecret(@TempDir Path repo, @TempDir Path out) throws Exception {
        plant(repo);
        for (Path root : List.of(Path.of("examples/homelab"), repo)) {
            Path dir = Files.createDirectories(out.resolve(root.getFileName().toString()));
            PlumbProcess.Result result = PlumbProcess.run("report", root.toString(), "--out", dir.toString(),
                    "--format", "concerns,compliance,html,sarif,json", "--fail-on", "none");
            assertThat(result.exitCode()).as(result.err()).isZero();
            StringBuilder written = new StringBuilder(result.both());
            try (var files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    written.append('\n').append(Files.readString(file));
                }
            }
            assertThat(written).contains("report.html").contains("DB_PASSWORD");
            for (String secret : HOMELAB_SECRETS) {
                assertThat(written).doesNotContain(secret);
            }
            for (String secret : PLANTED_SECRETS) {
                assertThat(written).doesNotContain(secret);
            }
            assertThat(written.toString()).doesNotContain("BEGIN RSA PRIVATE KEY").doesNotContain("MII");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"console", "json", "sarif", "markdown"})
    void plantedSecretsNeverAppearEvenInParseErrors(String format, @TempDir Path repo) throws Exception {
        plant(repo);
        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", format, "--verbose", "--fail-on", "none");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().replace("\\", "")).contains("API_TOKEN").contains("SMTP_PASSWORD").contains("parse-error");
        for (String secret : PLANTED_SECRETS) {
            assertThat(result.both()).doesNotContain(secret);
        }
        assertThat(result.out()).contains("mail.tf").contains("broken.tf");
    }

    private static void plant(Path repo) throws Exception {
        Files.writeString(repo.resolve("app.yaml"), PLANTED);
        Files.writeString(repo.resolve("broken-secret.yaml"), BROKEN_SECRET);
        Files.writeString(repo.resolve("mail.tf"), TERRAFORM);
        Files.writeString(repo.resolve("broken.tf"), BROKEN_TERRAFORM);
    }
}
