package dev.plumb.load.terraform;

import java.util.List;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/** The text of names, labels and templates that are written literally; null when any part is computed. */
final class StaticText {

    private StaticText() {}

    static String ofQuoted(Hcl.QuotedTemplate template) {
        String raw = rawLiterals(template.getExpressions());
        return raw == null ? null : TemplateText.quoted(raw);
    }

    /**
     * Read from the source rather than from rewrite's parts, which drop the line breaks: the lines
     * between the opening {@code <<EOT} line and the closing delimiter line.
     */
    static String ofHeredoc(Hcl.HeredocTemplate heredoc, Locator locator) {
        if (rawLiterals(heredoc.getExpressions()) == null) {
            return null;
        }
        SourceText source = locator.source();
        int start = locator.start(heredoc);
        int end = locator.end(heredoc);
        String text = source.text();
        int firstLine = text.indexOf('\n', start);
        if (firstLine < 0 || firstLine >= end) {
            return "";
        }
        int closingLine = source.lineStart(source.endLine(start, end));
        if (closingLine <= firstLine) {
            return "";
        }
        return TemplateText.heredoc(text.substring(firstLine + 1, closingLine), heredoc.getArrow().endsWith("-"));
    }

    /** An object key: a bare word is the literal name, as Terraform reads it; a quoted key is its text. */
    static String ofKey(Expression name) {
        if (name instanceof Hcl.Identifier identifier) {
            return identifier.getName();
        }
        if (name instanceof Hcl.QuotedTemplate template) {
            return ofQuoted(template);
        }
        if (name instanceof Hcl.Literal literal && literal.getValue() instanceof String value) {
            return value;
        }
        return null;
    }

    static String ofLabel(Object label) {
        if (label instanceof Hcl.Identifier identifier) {
            return identifier.getName();
        }
        if (label instanceof Hcl.Literal literal && literal.getValue() != null) {
            return TemplateText.quoted(String.valueOf(literal.getValue()));
        }
        if (label instanceof Hcl.QuotedTemplate template) {
            return ofQuoted(template);
        }
        return null;
    }

    private static String rawLiterals(List<Expression> parts) {
        StringBuilder raw = new StringBuilder();
        for (Expression part : parts) {
            if (!(part instanceof Hcl.Literal literal)) {
                return null;
            }
            raw.append(literal.getValueSource());
        }
        return raw.toString();
    }
}
