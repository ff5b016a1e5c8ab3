package dev.plumb.rules.secrets;

import java.util.List;
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
            "\\$+\\{[^}]*}|\\$\\([^)]*\\)|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{.*}}|%\\{[^}]*}|<[^<>]+>"
                    + "|\\$[A-Za-z_][A-Za-z0-9_-]*[.:][A-Za-z0-9_.:-]+"  // Argo CD's $dex.github.clientSecret, $secret:key
                    + "|ENC\\[.*]"                            // SOPS-encrypted
                    + "|__[A-Za-z0-9_]+__"                    // __API_TOKEN__, filled in by an init container
                    + "|os\\.environ/\\S+"                     // LiteLLM's "read this environment variable"
                    + "|op://.+"                              // a 1Password reference: vault and item names may hold spaces
                    // YAML tags that read the value elsewhere: recyclarr's !env_var X, Home Assistant's !secret x.
                    + "|!(?:env_var|env|secret|include|file)\\s+\\S.*"
                    + "|<<[^<>]+>>"                           // kometa's <<TRAKT_CLIENT_SECRET>>, filled in at start
                    + "|\\(unresolved [^)]*\\)"                // a helmfile value from the environment or a secret store
                    // Reading the environment, in code: os.environ["X"], os.getenv("X"), process.env.X.
                    + "|(?:os\\.environ|ENV)\\[[^\\]]+]|(?:os\\.(?:environ\\.get|getenv)|getenv|System\\.getenv|env)\\([^)]*\\)"
                    + "|process\\.env\\.\\w+"
                    // Placeholders code fills in: opencode's {env:X}, Python's {token} and %(token)s, printf's %s.
                    + "|\\{(?:env|file):[^}]+}|\\{[A-Za-z_][A-Za-z0-9_.]*}|%(?:\\([A-Za-z_]+\\))?[sd]"
                    + "|/[^\\s:]*"                            // a path to a mounted file
                    + "|[A-Za-z][A-Za-z0-9+.-]*://\\S*"       // a URI: a vault or secret-manager reference
                    + "|(.)\\1*",                             // xxxx, ****
            Pattern.DOTALL);
    private static final Set<String> STAND_INS = Set.of(
            "changeme", "change-me", "change_me", "changeit", "replaceme", "replace-me", "replace_me", "todo", "tbd",
            "redacted", "placeholder", "do-not-use", "dont-use", "unused", "not-used", "dummy", "none", "null", "nil", "true", "false", "yes", "no", "on", "off",
            "enabled", "disabled", "|", ">", "|-", ">-", "{}", "[]");

    private LiteralValues() {
    }

    /** Markers that a deploy script replaces: REPLACE_ME_ADMIN_PASSWORD, AUTOREPLACE_TOKEN. */
    private static final List<String> STAND_IN_PREFIXES = List.of("replace_me", "replaceme", "replace-me", "autoreplace");

    static boolean isLiteral(String value) {
        String text = value == null ? "" : value.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        return !text.isEmpty()
                && !STAND_INS.contains(lower)
                && STAND_IN_PREFIXES.stream().noneMatch(lower::startsWith)
                && !REFERENCE.matcher(text).matches();
    }
}
