package dev.plumb.rules.secrets;

import java.util.Optional;

/** Why a ConfigMap value is sensitive, phrased for a message that never repeats the value. */
final class SensitiveContent {

    private SensitiveContent() {
    }

    /** The strongest evidence first: a recognisable shape, then the key's name, then what the value embeds. */
    static Optional<String> describe(String key, String content, String unit) {
        Optional<String> shape = SecretShapes.find(content);
        if (shape.isPresent()) {
            return Optional.of("holds " + shape.get());
        }
        if (CredentialNames.holdsCredential(key) && LiteralValues.isLiteral(content)) {
            return Optional.of("holds a literal credential (" + content.trim().length() + " " + unit + ")");
        }
        int urlPassword = SecretShapes.urlPasswordLength(content);
        if (urlPassword > 0) {
            return Optional.of("holds a URL with an embedded password (" + urlPassword + " characters)");
        }
        return EmbeddedSettings.firstCredential(content).map(setting ->
                "sets \"" + setting.name() + "\" to a literal credential (" + setting.length() + " characters)");
    }
}
