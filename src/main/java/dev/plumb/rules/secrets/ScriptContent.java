package dev.plumb.rules.secrets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a value is a program (a Python or shell script mounted from a ConfigMap) rather than a
 * configuration file. In code, {@code TOKEN = Path(dir) / "token"} or {@code PASSWORD = os.environ["PASSWORD"]}
 * assigns an expression that reads a credential from elsewhere; only a quoted string literal there
 * writes one out.
 */
final class ScriptContent {

    private static final Set<String> SCRIPT_EXTENSIONS = Set.of(
            "py", "sh", "bash", "zsh", "ps1", "js", "mjs", "ts", "rb", "pl", "lua", "php", "go");
    /** Lines only code has: imports, definitions and the shell's control words. */
    private static final Pattern CODE_LINE = Pattern.compile(
            "\\s*(?:import\\s+[\\w.]+|from\\s+[\\w.]+\\s+import\\s|def\\s+\\w+\\s*\\(|class\\s+\\w+.*:\\s*$"
                    + "|(?:async\\s+)?function\\s+\\w+|\\w+\\s*\\(\\)\\s*\\{|if\\s+\\[|if\\s+.*;\\s*then\\b|then\\s*$|fi\\s*$"
                    + "|done\\s*$|for\\s+\\w+\\s+in\\s|while\\s+.*(?:;\\s*do|:)\\s*$|return\\b|echo\\s|set\\s+-[euxo]+"
                    + "|local\\s+\\w+=|const\\s+\\w+\\s*=|let\\s+\\w+\\s*=|print\\s*\\().*");
    /** Two such lines: one "return" or "echo" may sit in a template comment, two rarely do. */
    private static final int CODE_LINES = 2;

    private ScriptContent() {
    }

    static boolean isCode(String key, String content) {
        if (content.stripLeading().startsWith("#!")) {
            return true;
        }
        int dot = key.lastIndexOf('.');
        if (dot >= 0 && SCRIPT_EXTENSIONS.contains(key.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (content.indexOf('\n') < 0) {
            return false;
        }
        int lines = 0;
        for (String line : content.split("\n")) {
            if (CODE_LINE.matcher(line).matches() && ++lines >= CODE_LINES) {
                return true;
            }
        }
        return false;
    }
}
