package dev.plumb.load.terraform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Rewrites valid HCL that rewrite-hcl cannot read into text it can, keeping every character at its
 * offset (so every line and column plumb reports stays where the operator wrote it):
 *
 * <ul>
 *   <li>a template directive ({@code %{ if … }}, {@code %{~ endfor ~}}, …) becomes an interpolation
 *       of a name nothing binds, {@code ${tpl_directive   }}: the grammar has no directives, and the
 *       template holding one is Unknown to the evaluator, which is what rules need to stay silent about
 *       a value plumb cannot render;
 *   <li>in a heredoc that closes properly, the last word of a body line that ends with the delimiter
 *       word ({@code KUBEEOF} inside {@code <<-EOF}) becomes such an interpolation too: rewrite-hcl
 *       would end the heredoc there. A body line holding a slash and ending with {@code $} (a regular
 *       expression) makes rewrite-hcl's tree unprintable, and is treated the same. Such a heredoc is
 *       Unknown as well: rules stay silent on it rather than judge an altered value.
 * </ul>
 *
 * Directives are only rewritten in a template where they balance ({@code if}/{@code else}/{@code
 * endif}, {@code for}/{@code endfor}): an unclosed {@code %{ if }} is invalid for Terraform, and
 * stays a parse error here.
 */
final class ParserWorkarounds {

    /** A name no module binds: a reference to it is Unknown (see {@code Evaluator}). */
    private static final String PLACEHOLDER = "tpl_directive";

    private ParserWorkarounds() {}

    /** The same text with the constructs above neutralised; the very same string when there are none. */
    static String apply(String text, HclLayout layout) {
        if (text.indexOf("%{") < 0 && layout.misreadLineEnds().isEmpty()) {
            return text;
        }
        char[] rewritten = text.toCharArray();
        boolean changed = false;
        for (HclLayout.Template template : layout.templates()) {
            if (!template.directives().isEmpty() && balanced(text, template.directives())) {
                for (HclLayout.Span directive : template.directives()) {
                    changed |= placeholder(rewritten, directive);
                }
            }
        }
        for (HclLayout.Span word : layout.misreadLineEnds()) {
            changed |= placeholder(rewritten, widened(text, word));
        }
        return changed ? new String(rewritten) : text;
    }

    /** A trailing word shorter than a placeholder takes in the blanks before it, on its line. */
    private static HclLayout.Span widened(String text, HclLayout.Span word) {
        int start = word.start();
        while (word.end() - start < 4 && start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        return new HclLayout.Span(start, word.end());
    }

    /**
     * {@code ${name}} padded with blanks over the span, newlines kept. Left alone (false) when the span
     * is too short or would cut through an interpolation of its own.
     */
    private static boolean placeholder(char[] text, HclLayout.Span span) {
        int length = span.end() - span.start();
        if (length < 4) {
            return false;
        }
        boolean directive = text[span.start()] == '%';
        for (int i = span.start(); i < span.end(); i++) {
            char c = text[i];
            if (c == '\n' && !directive) {
                return false;
            }
            // in a heredoc only a brace can belong to an interpolation the word would cut through
            if (!directive && (c == '{' || c == '}')) {
                return false;
            }
        }
        // the name must end before a directive's first newline, or the line count would change
        int room = length - 3;
        for (int i = span.start() + 2; i < span.end(); i++) {
            if (text[i] == '\n') {
                room = Math.min(room, i - span.start() - 2);
                break;
            }
        }
        if (room < 1) {
            return false;
        }
        String name = PLACEHOLDER.substring(0, Math.min(PLACEHOLDER.length(), room));
        text[span.start()] = '$';
        text[span.start() + 1] = '{';
        for (int i = 0; i < name.length(); i++) {
            text[span.start() + 2 + i] = name.charAt(i);
        }
        for (int i = span.start() + 2 + name.length(); i < span.end() - 1; i++) {
            if (text[i] != '\n') {
                text[i] = ' ';
            }
        }
        text[span.end() - 1] = '}';
        return true;
    }

    /** Whether the directives open and close as Terraform requires. */
    static boolean balanced(String text, List<HclLayout.Span> directives) {
        Deque<String> open = new ArrayDeque<>();
        for (HclLayout.Span directive : directives) {
            String keyword = keyword(text, directive);
            switch (keyword) {
                case "if", "for" -> open.push(keyword);
                case "else" -> {
                    if (!"if".equals(open.peek())) {
                        return false;
                    }
                }
                case "endif", "endfor" -> {
                    if (!keyword.substring(3).equals(open.peek())) {
                        return false;
                    }
                    open.pop();
                }
                default -> {
                    return false;
                }
            }
        }
        return open.isEmpty();
    }

    /** The first word after {@code %{} and an optional strip marker {@code ~}. */
    private static String keyword(String text, HclLayout.Span directive) {
        int at = directive.start() + 2;
        if (at < directive.end() && text.charAt(at) == '~') {
            at++;
        }
        while (at < directive.end() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int start = at;
        while (at < directive.end() && Character.isLetter(text.charAt(at))) {
            at++;
        }
        return text.substring(start, at);
    }
}
