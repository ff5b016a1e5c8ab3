package dev.plumb.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.rules.secrets.ProtectionSwitches.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The helpers behind the secrets theme's newer rules, where a regression reads better than in a fixture. */
class SecretRuleHelpersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "insecure-skip-tls-verify|NULL|FLAG", "kubelet-insecure-tls|NULL|FLAG", "insecure|NULL|FLAG",
        "dangerously-skip-permissions|NULL|FLAG", "tls-verify|false|FLAG", "auth|false|FLAG", "auth|none|FLAG",
        "disable-auth|NULL|FLAG", "noauth|NULL|FLAG", "enable-skip-login|NULL|FLAG", "ServerApp.token|''|FLAG",
        "NODE_TLS_REJECT_UNAUTHORIZED|0|ENV", "GIT_SSL_NO_VERIFY|true|ENV", "DISABLE_AUTH|true|ENV",
        "PYTHONHTTPSVERIFY|0|ENV", "xpack.security.enabled|false|ENV", "insecure_skip_verify|true|SETTING",
        "tls_skip_verify|true|SETTING", "verify_ssl|false|SETTING", "server.insecure|true|ENV", "tls|false|FLAG"})
    void switchesThatTurnAProtectionOff(String name, String value, Context context) {
        assertThat(ProtectionSwitches.offBy(name, value, context)).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "insecure-port|0|FLAG", "insecure-skip-tls-verify|false|FLAG", "tls-verify|true|FLAG", "auth|true|FLAG",
        "auth|password|FLAG", "secure|NULL|FLAG", "no-verify|NULL|FLAG", "ServerApp.token|s3cret|FLAG",
        "INSECURE_SKIP_VERIFY|false|ENV", "DISABLE_TELEMETRY|true|ENV", "AUTH_ENABLED|false|ENV",
        "GF_AUTH_DISABLE_LOGIN_FORM|true|ENV", "ARGOCD_SERVER_INSECURE|some-text|ENV", "auth_enabled|false|SETTING",
        "auth|false|SETTING", "tls_verify|true|SETTING", "cookie_secure|false|SETTING", "tls|true|FLAG",
        "tls|false|ENV"})
    void switchesThatDoNot(String name, String value, Context context) {
        assertThat(ProtectionSwitches.offBy(name, value, context)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "host all all 10.42.0.0/16 trust", "hostssl replication all 192.168.1.0 255.255.255.0 trust",
        "hostnossl  all  all  0.0.0.0/0  trust", "host all all all trust", "host all all samenet trust"})
    void pgHbaLinesThatTrustTheNetwork(String line) {
        assertThat(PostgresTrustAuth.trustsRemoteHosts(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "local all all trust", "host all all 127.0.0.1/32 trust", "host all all ::1/128 trust",
        "host all all 127.0.0.1 255.255.255.255 trust", "host all all samehost trust",
        "host all all 0.0.0.0/0 scram-sha-256", "# host all all 0.0.0.0/0 trust", "host all all"})
    void pgHbaLinesThatDoNot(String line) {
        assertThat(PostgresTrustAuth.trustsRemoteHosts(line)).isFalse();
    }

    @Test
    void privateKeysWithTheirEncryption() {
        String body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
        assertThat(PrivateKeys.in("-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n"))
                .singleElement().satisfies(key -> {
                    assertThat(key.type()).isEqualTo("RSA");
                    assertThat(key.encrypted()).isFalse();
                    assertThat(key.line()).isEqualTo(1);
                });
        assertThat(PrivateKeys.in("x\n-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"))
                .singleElement().satisfies(key -> assertThat(key.encrypted()).isTrue());
        assertThat(PrivateKeys.in("\"key\": \"-----BEGIN PRIVATE KEY-----\\n" + body + "\\n-----END PRIVATE KEY-----\""))
                .singleElement().satisfies(key -> assertThat(key.type()).isEqualTo("PKCS#8"));
        String encoded = Base64.getEncoder().encodeToString(
                ("-----BEGIN EC PRIVATE KEY-----\n" + body + "\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(PrivateKeys.in("client-key-data: " + encoded))
                .singleElement().satisfies(key -> assertThat(key.base64()).isTrue());
        String unencrypted = Base64.getEncoder().encodeToString("openssh-key-v1\0\0\0\0\4none\0\0\0\4none".getBytes(StandardCharsets.ISO_8859_1));
        String encrypted = Base64.getEncoder().encodeToString("openssh-key-v1\0\0\0\0\12aes256-ctr\0\0\0\6bcrypt".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(PrivateKeys.in("-----BEGIN OPENSSH PRIVATE KEY-----\n" + unencrypted)).singleElement()
                .satisfies(key -> assertThat(key.encrypted()).isFalse());
        assertThat(PrivateKeys.in("-----BEGIN OPENSSH PRIVATE KEY-----\n" + encrypted)).singleElement()
                .satisfies(key -> assertThat(key.encrypted()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The file starts with `-----BEGIN RSA PRIVATE KEY-----` and must not be committed.",
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
        "-----BEGIN CERTIFICATE-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n",
        "-----BEGIN PUBLIC KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl host",
        "-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBm\n"})
    void textsWithoutAPrivateKey(String text) {
        assertThat(PrivateKeys.in(text)).isEmpty();
    }

    @Test
    void testDataIsJudgedBySegment() {
        assertThat(PrivateKeyCommitted.isTestData("roles/ssh/tests/id_rsa")).isTrue();
        assertThat(PrivateKeyCommitted.isTestData("testdata/key.pem")).isTrue();
        assertThat(PrivateKeyCommitted.isTestData("src/test/resources/rules/secrets/x/id_rsa")).isTrue();
        assertThat(PrivateKeyCommitted.isTestData("secrets/private-key-committed/deploy/id_rsa")).isFalse();
        assertThat(PrivateKeyCommitted.isTestData("contest/id_rsa")).isFalse();
        assertThat(PrivateKeyCommitted.isTestData("test")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$argon2id$v=19$m=65540,t=3,p=4$bXBGMENBZUVzT3VUSFErTzQz$T9m73OdD2mz9+aJKLuOAdbvoARdaKx",
        "$2b$12$KIXQJmF6XvhVZBfWmQx8eOQk5pY5p0yV7sC1t9uQ8hVw3tJmF6Xvh", "$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/",
        "{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g4bGVq", "pbkdf2_sha256$600000$abcdefghijkl$Zm9vYmFyYmF6"})
    void passwordHashes(String value) {
        assertThat(PasswordHashes.isHash(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hunter2", "$ecretPassw0rd", "$6$short", "{SSHA}"})
    void notPasswordHashes(String value) {
        assertThat(PasswordHashes.isHash(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$dex.github.clientSecret", "$oidc.keycloak.clientSecret", "$argocd-oidc:clientSecret"})
    void argoCdSecretReferencesAreNotWrittenOut(String value) {
        assertThat(LiteralValues.isLiteral(value)).isFalse();
    }

    @Test
    void secretValuesHelpers() {
        assertThat(SecretValues.isPublicMaterial("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")).isTrue();
        assertThat(SecretValues.isPublicMaterial("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMq host")).isTrue();
        assertThat(SecretValues.isPublicMaterial("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
                + "-----BEGIN PRIVATE KEY-----\nMIIE\n")).isFalse();
        assertThat(SecretValues.isPublicMaterial("hunter2")).isFalse();
        assertThat(SecretValues.isDescriptive("POSTGRES_USER")).isTrue();
        assertThat(SecretValues.isDescriptive("url")).isTrue();
        assertThat(SecretValues.isDescriptive("password")).isFalse();
        assertThat(SecretValues.decode("c2hvcA==")).isEqualTo("shop");
        assertThat(SecretValues.decode("not base64!")).isEqualTo("not base64!");
    }
}
