package dev.plumb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No output format, nor stderr, ever carries a secret value found in the scanned files. */
class SecretLeakIT {

    /** Values planted in examples/homelab: a ConfigMap password, a Secret, an env var, a PEM body line. */
    private static final List<String> HOMELAB_SECRETS = List.of(
            "hunter2-shop-db", "s3cr3t-redis-pass", "Xk9-shop-pg-2024-rotate-me");

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

    /** Secrets that reach objects through evaluation: a tfvars value, a variable default, set_sensitive, a key file. */
    private static final String EVALUATED_TERRAFORM = """
            variable "db_password" {
              default = "planted-var-default-44"
            }
            variable "smtp_password" {}
            resource "kubernetes_config_map_v1" "evaluated" {
              metadata {
                name      = "evaluated"
                namespace = "mail"
              }
              data = {
                DB_PASSWORD = var.db_password
                SMTP_URL    = "smtp://mail:${var.smtp_password}@smtp.example.net"
                "tls.key"   = file("${path.module}/keys/planted.key")
              }
            }
            resource "helm_release" "mail" {
              name  = "mail"
              chart = "./charts/mail"
              set_sensitive {
                name  = "auth.password"
                value = "planted-set-sensitive-55"
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

    @ParameterizedTest
    @ValueSource(strings = {"console", "json", "sarif", "markdown"})
    void plantedSecretsNeverAppearEvenInParseErrors(String format, @TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("app.yaml"), PLANTED);
        Files.writeString(repo.resolve("broken-secret.yaml"), BROKEN_SECRET);
        Files.writeString(repo.resolve("mail.tf"), TERRAFORM);
        Files.writeString(repo.resolve("broken.tf"), BROKEN_TERRAFORM);
        Path evaluated = Files.createDirectories(repo.resolve("stack"));
        Files.writeString(evaluated.resolve("main.tf"), EVALUATED_TERRAFORM);
        Files.writeString(evaluated.resolve("terraform.tfvars"), "smtp_password = \"planted-tfvars-66\"\n");
        Files.createDirectories(evaluated.resolve("keys"));
        Files.writeString(evaluated.resolve("keys/planted.key"),
                "-----BEGIN PRIVATE KEY-----\nPLANTEDEVALUATEDKEYLINE\n-----END PRIVATE KEY-----\n");
        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", format, "--verbose", "--fail-on", "none");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().replace("\\", "")).contains("API_TOKEN").contains("SMTP_PASSWORD").contains("parse-error");
        assertThat(result.both())
                .doesNotContain("ghp_PlantedTokenValue")
                .doesNotContain("planted-smtp-password")
                .doesNotContain("PLANTEDPEMLINE")
                .doesNotContain("planted-broken-password")
                .doesNotContain("planted-env-password")
                .doesNotContain("planted-tf-password")
                .doesNotContain("ghp_PlantedTerraformToken")
                .doesNotContain("planted-broken-tf-password")
                .doesNotContain("planted-var-default")
                .doesNotContain("planted-tfvars")
                .doesNotContain("planted-set-sensitive")
                .doesNotContain("PLANTEDEVALUATEDKEYLINE");
        assertThat(result.out()).contains("mail.tf").contains("broken.tf").contains("tls.key");
    }
}
