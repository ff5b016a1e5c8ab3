package dev.plumb.rules.secrets;

import java.util.Optional;

/** Why a ConfigMap value is sensitive, phrased for a message that never repeats the value. */
final class SensitiveContent {

    private SensitiveContent() {
    }

    /** The strongest evidence first: a recognisable shape, then the key's name, then what the value embeds. */
    static Optional<String> describe(String key, String content, String unit) {
        return describe(key, content, unit, false);
    }

    /**
     * As {@link #describe(String, String, String)}; for a {@code derived} value (a Terraform variable,
     * function or reference, not written at the line) only a recognisable shape counts: a private key
     * read with {@code file()} is in the repository whatever route it takes, but a password from
     * {@code var.x} is the pattern that keeps it out of the code.
     */
    static Optional<String> describe(String key, String content, String unit, boolean derived) {
        Optional<String> shape = SecretShapes.find(content);
        if (shape.isPresent()) {
            return Optional.of("holds " + shape.get());
        }
        if (derived) {
            return Optional.empty();
        }
        // A script is code, not a credential, whatever its key is called; its string literals are judged below.
        boolean code = ScriptContent.isCode(key, content);
        if (!code && CredentialNames.holdsCredential(key) && LiteralValues.isLiteral(content)) {
            return Optional.of("holds a literal credential (" + content.trim().length() + " " + unit + ")");
        }
        int urlPassword = SecretShapes.urlPasswordLength(content);
        if (urlPassword > 0) {
            return Optional.of("holds a URL with an embedded password (" + urlPassword + " characters)");
        }
        return EmbeddedSettings.firstCredential(content, code).map(setting ->
                "sets \"" + setting.name() + "\" to a literal credential (" + setting.length() + " characters)");
    }
}
