package dev.plumb.rules.secrets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a value is a credential written out, rather than a pointer to one or a stand-in. Known
 * placeholders such as {@code changeme} count as stand-ins: they leak nothing (a weak default
 * password is a different problem than a leaked one).
 */
final class LiteralValues {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\$\\{[^}]*}|\\$\\([^)]*\\)|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{.*}}|%\\{[^}]*}|<[^<>]+>"
                    + "|ENC\\[.*]"                            // SOPS-encrypted
                    + "|/[^\\s:]*"                            // a path to a mounted file
                    + "|[A-Za-z][A-Za-z0-9+.-]*://\\S*"       // a URI: a vault or secret-manager reference
                    + "|(.)\\1*",                             // xxxx, ****
            Pattern.DOTALL);
    private static final Set<String> STAND_INS = Set.of(
            "changeme", "change-me", "change_me", "changeit", "replaceme", "replace-me", "replace_me", "todo", "tbd",
            "redacted", "placeholder", "none", "null", "nil", "true", "false", "yes", "no", "on", "off",
            "enabled", "disabled", "|", ">", "|-", ">-", "{}", "[]");

    private LiteralValues() {
    }

    static boolean isLiteral(String value) {
        String text = value == null ? "" : value.trim();
        return !text.isEmpty()
                && !STAND_INS.contains(text.toLowerCase(Locale.ROOT))
                && !REFERENCE.matcher(text).matches();
    }
}
