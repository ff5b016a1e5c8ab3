package dev.plumb.rules.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a setting's name says it holds a credential. The credential word must end the name:
 * {@code DB_PASSWORD} and {@code clientSecret} hold one, while {@code PASSWORD_MIN_LENGTH},
 * {@code TOKEN_URL} and {@code credentials_file} only describe one.
 */
final class CredentialNames {

    private static final Pattern PARTS = Pattern.compile("[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+");
    private static final Set<String> LAST_WORDS = Set.of(
            "password", "passwd", "passphrase", "pass", "secret", "token", "credential", "credentials",
            "apikey", "accesskey", "privatekey", "secretkey", "authkey");
    /**
     * Words before a final "key" that make it a credential. Cloud providers name their keys for what
     * they open: Azure's {@code AZURE_STORAGE_KEY}, {@code AZURE_STORAGE_ACCOUNT_KEY}, {@code AZURE_SEARCH_ADMIN_KEY},
     * Backblaze's {@code B2_APPLICATION_KEY}, a Google {@code GCP_SA_KEY}.
     */
    private static final Set<String> KEY_QUALIFIERS = Set.of(
            "api", "access", "private", "secret", "auth", "encryption", "signing", "storage", "account", "admin",
            "master", "primary", "secondary", "subscription", "shared", "application", "sa", "service");
    /** A key written out under a name that ends after "key": Oracle's {@code OCI_CLI_KEY_CONTENT}. */
    private static final Set<String> KEY_CONTENT = Set.of("content", "contents", "material", "pem");

    /** Every credential name contains one of these words; most names contain none and skip the word split. */
    static final Needles WORDS = Needles.ignoringCase(List.of("pass", "secret", "token", "credential", "key"));

    private CredentialNames() {
    }

    static boolean holdsCredential(String name) {
        if (!WORDS.foundIn(name)) {
            return false;
        }
        List<String> words = words(name);
        if (words.isEmpty() || words.contains("existing")) {
            // existingSecret and friends name a Secret object; they never hold its content.
            return false;
        }
        String last = words.get(words.size() - 1);
        String before = words.size() > 1 ? words.get(words.size() - 2) : "";
        if (last.equals("key")) {
            // Every key Azure hands out is a credential (AZURE_OPENAI_KEY, AZURE_COSMOS_KEY).
            return KEY_QUALIFIERS.contains(before) || words.get(0).equals("azure");
        }
        if (KEY_CONTENT.contains(last) && before.equals("key")) {
            return true;
        }
        // passwordSecret, tokenSecret: the name of the Secret that holds the password or token.
        if (last.equals("secret") && LAST_WORDS.contains(before)) {
            return false;
        }
        return LAST_WORDS.contains(last);
    }

    /** Lower-case words split at separators and camelCase humps: "awsSecretAccessKey" → aws, secret, access, key. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        Matcher matcher = PARTS.matcher(name);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
