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
                API_TOKEN     = "ghp_PlantedTerraformToken0123456789abcdef"
                "signing.key" = file("${path.module}/keys/signing.key")
              }
            }
            """;

    private static final String KEY_FILE = """
            -----BEGIN PRIVATE KEY-----
            MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQPLANTEDTFKEYLINE
            -----END PRIVATE KEY-----
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
        plant(repo);
        PlumbProcess.Result result = PlumbProcess.run("scan", repo.toString(), "--format", format, "--verbose", "--fail-on", "none");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().replace("\\", "")).contains("API_TOKEN").contains("SMTP_PASSWORD").contains("parse-error")
                .contains("key-file-outside-secret");
        assertNoPlantedSecret(result.both());
        assertThat(result.out()).contains("mail.tf").contains("broken.tf").contains("tls.key");
    }

    /** Every file {@code plumb report} writes, in every format it offers, and its own output. */
    @Test
    void reportFilesNeverCarryASecretValue(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("homelab-report");
        PlumbProcess.Result homelab = PlumbProcess.run("report", "examples/homelab", "--out", out.toString(),
                "--format", "concerns,compliance,html,sarif,json", "--fail-on", "none");
        assertThat(homelab.exitCode()).as(homelab.err()).isZero();
        List<String> written = writtenFiles(out);
        assertThat(written).hasSize(5);
        String everything = String.join("\n", written) + homelab.both();
        assertThat(everything.replace("\\", "")).contains("DB_PASSWORD").contains("REDIS_PASSWORD");
        for (String secret : HOMELAB_SECRETS) {
            assertThat(everything).doesNotContain(secret);
        }
        assertThat(everything).doesNotContain("BEGIN RSA PRIVATE KEY").doesNotContain("MII");

        Path repo = Files.createDirectories(temp.resolve("repo"));
        plant(repo);
        Path plantedOut = temp.resolve("planted-report");
        PlumbProcess.Result planted = PlumbProcess.run("report", repo.toString(), "--out", plantedOut.toString(),
                "--format", "concerns,compliance,html,sarif,json", "--fail-on", "none");
        assertThat(planted.exitCode()).as(planted.err()).isZero();
        String plantedText = String.join("\n", writtenFiles(plantedOut)) + planted.both();
        assertThat(plantedText.replace("\\", "")).contains("API_TOKEN").contains("SMTP_PASSWORD").contains("parse-error")
                .contains("key-file-outside-secret");
        assertNoPlantedSecret(plantedText);
    }

    private static void assertNoPlantedSecret(String output) {
        assertThat(output)
                .doesNotContain("ghp_PlantedTokenValue")
                .doesNotContain("planted-smtp-password")
                .doesNotContain("PLANTEDPEMLINE")
                .doesNotContain("planted-broken-password")
                .doesNotContain("planted-env-password")
                .doesNotContain("planted-tf-password")
                .doesNotContain("ghp_PlantedTerraformToken")
                .doesNotContain("planted-broken-tf-password")
                .doesNotContain("PLANTEDTFKEYLINE")
                .doesNotContain("planted-var-default")
                .doesNotContain("planted-tfvars")
                .doesNotContain("planted-set-sensitive")
                .doesNotContain("PLANTEDEVALUATEDKEYLINE");
    }

    /** Writes every planted secret: YAML, Terraform literals, a broken file, a key file, values that arrive through evaluation. */
    private static void plant(Path repo) throws java.io.IOException {
        Files.writeString(repo.resolve("app.yaml"), PLANTED);
        Files.writeString(repo.resolve("broken-secret.yaml"), BROKEN_SECRET);
        Files.writeString(repo.resolve("mail.tf"), TERRAFORM);
        Files.writeString(repo.resolve("broken.tf"), BROKEN_TERRAFORM);
        Files.createDirectories(repo.resolve("keys"));
        Files.writeString(repo.resolve("keys/signing.key"), KEY_FILE);
        Path evaluated = Files.createDirectories(repo.resolve("stack"));
        Files.writeString(evaluated.resolve("main.tf"), EVALUATED_TERRAFORM);
        Files.writeString(evaluated.resolve("terraform.tfvars"), "smtp_password = \"planted-tfvars-66\"\n");
        Files.createDirectories(evaluated.resolve("keys"));
        Files.writeString(evaluated.resolve("keys/planted.key"),
                "-----BEGIN PRIVATE KEY-----\nPLANTEDEVALUATEDKEYLINE\n-----END PRIVATE KEY-----\n");
    }

    private static List<String> writtenFiles(Path directory) throws java.io.IOException {
        try (var files = Files.list(directory)) {
            List<String> texts = new java.util.ArrayList<>();
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }
}
