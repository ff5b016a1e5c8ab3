package dev.plumb.rules.secrets;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials inside a configuration file kept as one ConfigMap value (grafana.ini, config.yaml,
 * application.properties, .env): a {@code name = value} or {@code name: value} line whose name
 * holds a credential and whose value is written out.
 */
final class EmbeddedSettings {

    record Setting(String name, int length) {}

    private static final Pattern SETTING = Pattern.compile(
            "^\\s*(?:export\\s+)?[\"']?([A-Za-z_][A-Za-z0-9_.-]*)[\"']?\\s*[:=]\\s*(.*)$");
    /** One quoted string and nothing else (a trailing comma or semicolon allowed): "…" or '…'. */
    private static final Pattern STRING_LITERAL = Pattern.compile("(\"[^\"]*\"|'[^']*')\\s*[,;]?");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+(?:#|;|//).*$");

    private EmbeddedSettings() {
    }

    static Optional<Setting> firstCredential(String content) {
        return firstCredential(content, false);
    }

    /**
     * With {@code code}, the content is a program: an assignment there writes a credential out only as a
     * quoted string literal ({@code PASSWORD = "hunter2"}); anything else is an expression that reads it
     * ({@code os.environ["PASSWORD"]}, {@code Path(dir) / "token"}, {@code $(cat /run/secrets/x)}).
     */
    static Optional<Setting> firstCredential(String content, boolean code) {
        if (!mentionsCredential(content)) {
            return Optional.empty();
        }
        for (String line : content.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.startsWith(";") || trimmed.startsWith("//")) {
                continue;
            }
            Matcher matcher = SETTING.matcher(line);
            if (!matcher.matches() || !CredentialNames.holdsCredential(matcher.group(1))) {
                continue;
            }
            String written = TRAILING_COMMENT.matcher(matcher.group(2)).replaceFirst("").trim();
            if (code && !STRING_LITERAL.matcher(written).matches()) {
                continue;
            }
            String value = unquote(written);
            if (LiteralValues.isLiteral(value)) {
                return Optional.of(new Setting(matcher.group(1), value.length()));
            }
        }
        return Optional.empty();
    }

    /** Most values name no credential at all, and skip the line-by-line parse. */
    private static boolean mentionsCredential(String content) {
        return CredentialNames.WORDS.foundIn(content);
    }

    private static String unquote(String value) {
        String text = value.endsWith(",") ? value.substring(0, value.length() - 1).trim() : value;
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
