package dev.plumb.rules.debt;

import dev.plumb.model.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the comments of a file by its {@link CommentSyntax}. A leader inside a quoted string is not
 * a comment ({@code color: "#fff"}), and neither is a {@code #} glued to a word ({@code ${var#x}},
 * a URL fragment): YAML and shell both need whitespace before a comment's {@code #}. Lines without
 * any leader character are skipped without being cut out of the file, which keeps a scan of
 * thousands of manifests cheap. In HCL, a heredoc is another file's text: there only {@code #}
 * opens a comment, so {@code - path: /api/*} in an embedded YAML does not start a block comment.
 */
final class Comments {

    private static final String QUOTE_OPENERS = " \t:=[{,(";
    private static final Pattern HEREDOC = Pattern.compile("<<-?([A-Za-z_][\\w-]*)\\s*(?:(?:#|//).*)?$");

    private Comments() {
    }

    static List<Comment> of(TextFile file) {
        return of(file.text(), CommentSyntax.of(file));
    }

    static List<Comment> of(String text, CommentSyntax syntax) {
        if (syntax == CommentSyntax.NONE) {
            return List.of();
        }
        List<Comment> comments = new ArrayList<>();
        int length = text.length();
        int nextLeader = nextLeader(text, 0, syntax);
        if (nextLeader < 0) {
            return comments;
        }
        boolean inBlock = false;
        String heredoc = null;
        int start = 0;
        int lineNumber = 1;
        while (start < length) {
            if (!inBlock && heredoc == null) {
                if (nextLeader < 0) {
                    break;
                }
                // Jump to the next line holding a leader character, counting the lines passed over.
                int lineStart = text.lastIndexOf('\n', nextLeader) + 1;
                if (lineStart > start) {
                    lineNumber += newlines(text, start, lineStart);
                    start = lineStart;
                }
            }
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = text.substring(start, stop);
            if (heredoc != null) {
                // A heredoc holds another file (a script, YAML): only its own "#" comments count there.
                if (line.strip().equals(heredoc)) {
                    heredoc = null;
                } else {
                    scanLine(line, lineNumber, CommentSyntax.HASH, false, comments);
                }
            } else {
                inBlock = scanLine(line, lineNumber, syntax, inBlock, comments);
                if (!inBlock && syntax.heredocs()) {
                    heredoc = heredocOpenedBy(line);
                }
            }
            start = end + 1;
            lineNumber++;
            if (nextLeader >= 0 && nextLeader < start) {
                nextLeader = nextLeader(text, start, syntax);
            }
        }
        return comments;
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static int nextLeader(String text, int from, CommentSyntax syntax) {
        int next = -1;
        if (syntax.hash()) {
            next = earliest(next, text.indexOf('#', from));
        }
        if (syntax.semicolon()) {
            next = earliest(next, text.indexOf(';', from));
        }
        if (syntax.block()) {
            next = earliest(next, text.indexOf('/', from));
        }
        if (syntax.dash()) {
            next = earliest(next, text.indexOf('-', from));
        }
        if (syntax.heredocs()) {
            next = earliest(next, text.indexOf("<<", from));
        }
        return next;
    }

    private static int earliest(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    /** Adds the line's comment, if any; returns whether a block comment is still open at its end. */
    private static boolean scanLine(String line, int lineNumber, CommentSyntax syntax, boolean inBlock, List<Comment> out) {
        if (inBlock) {
            int close = line.indexOf("*/");
            if (close < 0) {
                out.add(new Comment(lineNumber, withoutStar(line), true));
                return true;
            }
            out.add(new Comment(lineNumber, withoutStar(line.substring(0, close)), line.substring(close + 2).isBlank()));
            return false;
        }
        int length = line.length();
        char quote = 0;
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if ((c == '"' || c == '\'') && (i == 0 || QUOTE_OPENERS.indexOf(line.charAt(i - 1)) >= 0)) {
                quote = c;
                continue;
            }
            boolean wordStart = i == 0 || Character.isWhitespace(line.charAt(i - 1));
            char next = i + 1 < length ? line.charAt(i + 1) : 0;
            int textFrom = -1;
            if (syntax.hash() && c == '#' && wordStart) {
                if (next == '!') {
                    return false; // a shebang, also inside a script kept in a ConfigMap
                }
                textFrom = i + 1;
            } else if (syntax.semicolon() && c == ';' && line.substring(0, i).isBlank()) {
                textFrom = i + 1;
            } else if (syntax.dash() && c == '-' && next == '-' && wordStart) {
                textFrom = i + 2;
            } else if (syntax.slash() && c == '/' && next == '/' && (i == 0 || line.charAt(i - 1) != ':')) {
                textFrom = i + 2;
            } else if (syntax.block() && c == '/' && next == '*') {
                boolean before = line.substring(0, i).isBlank();
                int close = line.indexOf("*/", i + 2);
                if (close < 0) {
                    out.add(new Comment(lineNumber, line.substring(i + 2), before));
                    return true;
                }
                out.add(new Comment(lineNumber, line.substring(i + 2, close), before && line.substring(close + 2).isBlank()));
                return false;
            }
            if (textFrom >= 0) {
                out.add(new Comment(lineNumber, line.substring(textFrom), line.substring(0, i).isBlank()));
                return false;
            }
        }
        return false;
    }

    /**
     * The delimiter of a heredoc the line opens ({@code <<-EOT}, {@code <<EOF} at the end of the line,
     * outside a string), or null.
     */
    private static String heredocOpenedBy(String line) {
        Matcher opener = HEREDOC.matcher(line);
        if (!opener.find()) {
            return null;
        }
        int quotes = 0;
        for (int i = 0; i < opener.start(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 0 ? opener.group(1) : null;
    }

    /** The " * " that continues a block comment on each line. */
    private static String withoutStar(String text) {
        String trimmed = text.stripLeading();
        return trimmed.startsWith("*") && !trimmed.startsWith("*/") ? trimmed.substring(1) : text;
    }
}
