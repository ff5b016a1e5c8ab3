package dev.plumb.rules.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reading a Secret's values: decoding {@code data}, and telling public material and descriptions from secrets. */
final class SecretValues {

    private static final Pattern PUBLIC_PEM = Pattern.compile(
            "-----BEGIN (?:CERTIFICATE|(?:RSA |EC |DSA )?PUBLIC KEY|X509 CRL|TRUSTED CERTIFICATE)-----");
    private static final Pattern SSH_PUBLIC_KEY = Pattern.compile(
            "(?:\\S+\\s+)?(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\\d+|sk-ssh-ed25519@openssh\\.com)"
                    + "\\s+AAAA[A-Za-z0-9+/=]+(?:\\s.*)?",
            Pattern.DOTALL);
    /**
     * Last words of keys that describe a credential rather than being one: where it lives and whom it
     * belongs to. An Argo CD repository Secret holding only {@code url}, {@code type} and {@code project}
     * has nothing to hide.
     */
    private static final Set<String> DESCRIPTIVE = Set.of(
            "url", "uri", "endpoint", "host", "hostname", "server", "port", "user", "username", "login", "email",
            "name", "type", "project", "namespace", "database", "db", "region", "bucket", "path", "domain");

    private SecretValues() {
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** {@code data} values are base64 (folded lines allowed); one that does not decode is read as written. */
    static String decode(String base64) {
        return tryDecode(base64).orElse(base64);
    }

    static Optional<String> tryDecode(String base64) {
        try {
            byte[] bytes = Base64.getDecoder().decode(WHITESPACE.matcher(base64).replaceAll(""));
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Decoded bytes that were not UTF-8 text. */
    static boolean isBinary(String decoded) {
        return decoded.indexOf('\uFFFD') >= 0 || decoded.indexOf('\0') >= 0;
    }

    /** Certificates and public keys: meant to be shared, whatever object carries them. */
    static boolean isPublicMaterial(String value) {
        String text = value.trim();
        if (text.contains("PRIVATE KEY")) {
            return false;
        }
        if (PUBLIC_PEM.matcher(text).lookingAt()) {
            return true;
        }
        return text.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .allMatch(line -> SSH_PUBLIC_KEY.matcher(line).matches()) && text.contains("AAAA");
    }

    /** A key naming where or whose, not what: its value is a secret only if it embeds one (a URL with a password). */
    static boolean isDescriptive(String key) {
        List<String> words = CredentialNames.words(key);
        return !words.isEmpty() && DESCRIPTIVE.contains(words.get(words.size() - 1));
    }
}
