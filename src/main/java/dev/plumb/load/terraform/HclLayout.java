package dev.plumb.load.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * What a light scan of HCL text finds without parsing it: where each top-level item (block or
 * attribute) is written, the template directives ({@code %{ … }}) of each quoted string and
 * heredoc, and the heredoc body lines rewrite-hcl misreads. It knows
 * strings, comments, heredocs and brackets, so a brace inside a string or a heredoc does not end
 * a block. It never fails: text that is not HCL just gives odd ranges, which the parser then judges.
 */
final class HclLayout {

    /** A range {@code [start, end)} of the text. */
    record Span(int start, int end) {}

    /** One template (quoted string or heredoc) and the directives written in it, in order. */
    record Template(List<Span> directives) {}

    private final String text;
    private final List<Span> topLevelItems = new ArrayList<>();
    private final List<Template> templates = new ArrayList<>();
    private final List<Span> linesEndingInDelimiter = new ArrayList<>();
    private int at;

    private HclLayout(String text) {
        this.text = text;
    }

    static HclLayout of(String text) {
        HclLayout layout = new HclLayout(text);
        try {
            layout.scanTopLevel();
        } catch (StackOverflowError deeplyNested) {
            // nesting too deep to scan is too deep to parse: nothing to work around, nothing to split
            return new HclLayout(text);
        }
        return layout;
    }

    List<Span> topLevelItems() {
        return topLevelItems;
    }

    List<Template> templates() {
        return templates;
    }

    /**
     * Inside heredocs that do close: the trailing word of each body line the parser misreads (one ending
     * in the delimiter word, or a slash-holding one ending in {@code $}).
     */
    List<Span> misreadLineEnds() {
        return linesEndingInDelimiter;
    }

    private void scanTopLevel() {
        int itemStart = -1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                if (itemStart >= 0) {
                    topLevelItems.add(new Span(itemStart, at));
                    itemStart = -1;
                }
                at++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                at++;
            } else if (skipComment()) {
                // a comment alone is not an item; one after an item ends with the line, as the item does
            } else {
                if (itemStart < 0) {
                    itemStart = at;
                }
                scanCodeToken();
            }
        }
        if (itemStart >= 0) {
            topLevelItems.add(new Span(itemStart, text.length()));
        }
    }

    /** Code until the closing bracket {@code closer} (included): newlines inside brackets belong to the item. */
    private void scanCode(char closer) {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == closer) {
                at++;
                return;
            }
            if (Character.isWhitespace(c)) {
                at++;
            } else if (!skipComment()) {
                scanCodeToken();
            }
        }
    }

    /** One token of code at {@code at}: a string, a heredoc, a bracketed group, or one character. */
    private void scanCodeToken() {
        char c = text.charAt(at);
        if (c == '"') {
            at++;
            scanQuoted();
        } else if (c == '{') {
            at++;
            scanCode('}');
        } else if (c == '(') {
            at++;
            scanCode(')');
        } else if (c == '[') {
            at++;
            scanCode(']');
        } else if (!(c == '<' && text.startsWith("<<", at) && heredocStart())) {
            // anything else is one character; a stray closer is the parser's to report
            at++;
        }
    }

    private boolean skipComment() {
        char c = text.charAt(at);
        if (c == '#' || text.startsWith("//", at)) {
            int newline = text.indexOf('\n', at);
            at = newline < 0 ? text.length() : newline;
            return true;
        }
        if (text.startsWith("/*", at)) {
            int close = text.indexOf("*/", at + 2);
            at = close < 0 ? text.length() : close + 2;
            return true;
        }
        return false;
    }

    /** A quoted template after its opening quote, up to and including the closing one. */
    private void scanQuoted() {
        List<Span> directives = new ArrayList<>();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"' || c == '\n') {
                // a newline ends an unterminated string: the parser reports it
                at += c == '"' ? 1 : 0;
                break;
            }
            if (c == '\\') {
                at += 2;
            } else {
                scanTemplateCharacter(directives);
            }
        }
        templates.add(new Template(directives));
    }

    /** One character of template text, or a whole {@code ${…}} / {@code %{…}} with its escapes. */
    private void scanTemplateCharacter(List<Span> directives) {
        if (text.startsWith("$${", at) || text.startsWith("%%{", at)) {
            at += 3;
        } else if (text.startsWith("${", at)) {
            at += 2;
            scanCode('}');
        } else if (text.startsWith("%{", at)) {
            int start = at;
            at += 2;
            scanCode('}');
            directives.add(new Span(start, at));
        } else {
            at++;
        }
    }

    /**
     * A heredoc opening {@code <<ID} or {@code <<-ID} at the end of its line: its body up to the line
     * that is only the delimiter. False (nothing consumed) when {@code <<} opens no heredoc.
     */
    private boolean heredocStart() {
        int cursor = at + 2;
        if (cursor < text.length() && text.charAt(cursor) == '-') {
            cursor++;
        }
        int nameStart = cursor;
        while (cursor < text.length() && (Character.isLetterOrDigit(text.charAt(cursor)) || text.charAt(cursor) == '_')) {
            cursor++;
        }
        if (cursor == nameStart || !Character.isLetter(text.charAt(nameStart)) && text.charAt(nameStart) != '_') {
            return false;
        }
        String delimiter = text.substring(nameStart, cursor);
        int lineEnd = cursor;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && Character.isWhitespace(text.charAt(lineEnd))) {
            lineEnd++;
        }
        if (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
            return false;
        }
        at = Math.min(text.length(), lineEnd + 1);
        scanHeredocBody(delimiter);
        return true;
    }

    private void scanHeredocBody(String delimiter) {
        List<Span> directives = new ArrayList<>();
        List<Span> endingInDelimiter = new ArrayList<>();
        boolean closed = false;
        while (at < text.length()) {
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(at, lineEnd);
            if (line.strip().equals(delimiter)) {
                at = at + line.length() - line.stripLeading().length() + delimiter.length();
                closed = true;
                break;
            }
            String body = line.stripTrailing();
            // rewrite-hcl ends the heredoc at a line ending with its delimiter, and fails to print back
            // a line holding a slash and ending with a dollar sign (a regular expression, typically)
            if (body.endsWith(delimiter) || body.endsWith("$") && body.indexOf('/') >= 0) {
                endingInDelimiter.add(trailingWord(at, at + body.length()));
            }
            while (at < lineEnd) {
                scanTemplateCharacter(directives);
                // an interpolation may span lines; the next line starts wherever it ended
                lineEnd = Math.max(lineEnd, at);
            }
            at = Math.min(text.length(), lineEnd + 1);
        }
        templates.add(new Template(directives));
        if (closed) {
            linesEndingInDelimiter.addAll(endingInDelimiter);
        }
    }

    /** The run of non-blank characters ending at {@code end} on a line starting at {@code lineStart}. */
    private Span trailingWord(int lineStart, int end) {
        int start = end;
        while (start > lineStart && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return new Span(start, end);
    }
}
