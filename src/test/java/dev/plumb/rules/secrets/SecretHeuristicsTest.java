package dev.plumb.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The name and value heuristics on their own, where a regression is easier to read than in a fixture. */
class SecretHeuristicsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "password", "DB_PASSWORD", "dbPassword", "smtp-pass", "client_secret", "clientSecret", "oidc.clientSecret",
        "GITHUB_TOKEN", "apiKey", "API_KEY", "apikey", "aws_secret_access_key", "AWSSecretAccessKey", "privateKey",
        "private-key", "TS_AUTHKEY", "credentials", "passphrase", "secretToken", "AZURE_CLIENT_SECRET", "AZURE_STORAGE_KEY",
        "AZURE_STORAGE_ACCOUNT_KEY", "AZURE_OPENAI_KEY", "azureSearchAdminKey", "OCI_CLI_KEY_CONTENT", "B2_APPLICATION_KEY",
        "GCP_SA_KEY", "ARM_CLIENT_SECRET"})
    void namesThatHoldACredential(String name) {
        assertThat(CredentialNames.holdsCredential(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PASSWORD_MIN_LENGTH", "TOKEN_URL", "credentials_file", "password_file", "existingSecret", "passwordSecret",
        "tokenSecret", "SECRET_NAME", "secretKeyRef", "DB_USER", "SESSION_TOKEN_TTL", "bypass", "sort_key", "publicKey",
        "known_hosts", "TOKEN_AUDIENCE", "AZURE_KEY_VAULT_NAME", "OCI_CLI_KEY_FILE", "AZURE_STORAGE_ACCOUNT", "key_data"})
    void namesThatOnlyDescribeOne(String name) {
        assertThat(CredentialNames.holdsCredential(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "  ", "${DB_PASSWORD}", "$(DB_PASSWORD)", "$DB_PASSWORD", "{{ db_password }}", "<your-password>",
        "changeme", "CHANGEME", "xxxxxxxx", "********", "true", "/run/secrets/db", "vault://secret/data/shop#password",
        "ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]", "__OPENCODE_API_KEY__", "os.environ/VLLM_API_KEY",
        "REPLACE_ME_ADMIN_PASSWORD", "AUTOREPLACE_TOKEN"})
    void valuesThatAreNotWrittenOut(String value) {
        assertThat(LiteralValues.isLiteral(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hunter2", "s3cr3t-redis-pass", "8f2c1e0b7a9d4c3e", "correct horse battery staple"})
    void valuesThatAreWrittenOut(String value) {
        assertThat(LiteralValues.isLiteral(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "postgres://app:s3cret@db:5432/app", "redis://:s3cret@redis:6379/0", "amqp://user:pw-123@rabbit/vhost"})
    void urlsWithAPassword(String value) {
        assertThat(SecretShapes.urlPasswordLength(value)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "postgres://app:${DB_PASSWORD}@db/app", "redis://redis:6379/0", "https://user@git.example.net/x.git",
        "http://[::1]:8080/", "https://example.net/a:b@c"})
    void urlsWithoutOne(String value) {
        assertThat(SecretShapes.urlPasswordLength(value)).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----",
        "-----BEGIN ENCRYPTED PRIVATE KEY-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----", "key: AKIAIOSFODNN7EXAMPLE"})
    void shapesThatGiveAValueAway(String value) {
        assertThat(SecretShapes.find(value)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-----BEGIN CERTIFICATE-----", "-----BEGIN PUBLIC KEY-----", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH7p host",
        "AKIA-is-not-a-key", "eyJhbGciOiJIUzI1NiJ9"})
    void shapesThatDoNot(String value) {
        assertThat(SecretShapes.find(value)).isEmpty();
    }
}
