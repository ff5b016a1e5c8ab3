package dev.plumb.load.terraform;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Turns an HCL expression into plumb's node tree. What is written literally becomes a value at its
 * own position. A computed expression (references, interpolation, function calls…) is evaluated by
 * {@link Evaluator} when a {@link Scope} is given, and its value is placed where the expression is
 * written, marked derived; without a scope, and wherever evaluation cannot know, it is Unknown, on
 * which rules stay silent rather than guess.
 */
final class ValueReader {

    private final Locator locator;
    private final Scope scope;

    ValueReader(Locator locator) {
        this(locator, null);
    }

    ValueReader(Locator locator, Scope scope) {
        this.locator = locator;
        this.scope = scope;
    }

    Locator locator() {
        return locator;
    }

    /** Null when reading as written, outside any stack. */
    Scope scope() {
        return scope;
    }

    /** The same file read in another scope (inside a loop, a dynamic block). */
    ValueReader in(Scope other) {
        return new ValueReader(locator, other);
    }

    private Node computed(Expression expression, Position at, int endLine) {
        if (scope == null) {
            return ScalarNode.unknown(at);
        }
        Node value;
        try {
            value = new Evaluator(this, scope).computed(expression);
        } catch (StackOverflowError tooDeep) {
            return ScalarNode.unknown(at);
        }
        if (!value.isMissing() && scope.evaluation().isAnchored(value.file())) {
            return value;
        }
        return Values.relocate(value, at, endLine);
    }

    Node read(Expression expression) {
        Position at = locator.position(expression);
        int endLine = locator.endLine(expression);
        if (expression instanceof Hcl.Literal literal) {
            return literal(literal, at, endLine);
        }
        if (expression instanceof Hcl.QuotedTemplate template) {
            String value = StaticText.ofQuoted(template);
            return value == null ? computed(expression, at, endLine) : string(value, at, endLine);
        }
        if (expression instanceof Hcl.HeredocTemplate heredoc) {
            String value = StaticText.ofHeredoc(heredoc, locator);
            return value == null ? computed(expression, at, endLine) : string(value, at, endLine);
        }
        if (expression instanceof Hcl.Tuple tuple) {
            return tuple(tuple, at, endLine);
        }
        if (expression instanceof Hcl.ObjectValue object) {
            return object(object, at, endLine);
        }
        if (expression instanceof Hcl.Parentheses parentheses) {
            return read(parentheses.getExpression());
        }
        if (expression instanceof Hcl.Unary unary && isNegativeNumber(unary)) {
            String digits = ((Hcl.Literal) unary.getExpression()).getValueSource();
            return new ScalarNode(at, endLine, "-" + digits, ScalarNode.Type.NUMBER);
        }
        return computed(expression, at, endLine);
    }

    private static Node literal(Hcl.Literal literal, Position at, int endLine) {
        Object value = literal.getValue();
        String written = literal.getValueSource();
        if (value == null) {
            return new ScalarNode(at, endLine, written, ScalarNode.Type.NULL);
        }
        if (value instanceof Boolean) {
            return new ScalarNode(at, endLine, written, ScalarNode.Type.BOOLEAN);
        }
        if (value instanceof Number) {
            return new ScalarNode(at, endLine, written, ScalarNode.Type.NUMBER);
        }
        return string(String.valueOf(value), at, endLine);
    }

    private static ScalarNode string(String value, Position at, int endLine) {
        return new ScalarNode(at, endLine, value, ScalarNode.Type.STRING);
    }

    private static boolean isNegativeNumber(Hcl.Unary unary) {
        return unary.getOperator() == Hcl.Unary.Type.Negative
                && unary.getExpression() instanceof Hcl.Literal literal
                && literal.getValue() instanceof Number;
    }

    private Node tuple(Hcl.Tuple tuple, Position at, int endLine) {
        List<Node> elements = new ArrayList<>();
        for (Expression element : tuple.getValues()) {
            if (!(element instanceof Hcl.Empty)) {
                elements.add(read(element));
            }
        }
        return new ListNode(at, endLine, elements);
    }

    /** An object whose keys are all written literally; one computed key makes the whole object Unknown. */
    private Node object(Hcl.ObjectValue object, Position at, int endLine) {
        MapNode.Builder fields = new MapNode.Builder(at);
        for (Expression element : object.getAttributes()) {
            if (!(element instanceof Hcl.Attribute attribute)) {
                continue;
            }
            String key = objectKey(attribute.getName());
            if (key == null) {
                return ScalarNode.unknown(at);
            }
            fields.put(key, locator.position(attribute), read(attribute.getValue()));
        }
        return fields.build(endLine);
    }

    /** A literal key, or in a stack a computed one ({@code (var.name) = …}, {@code "${x}" = …}) when it is known. */
    private String objectKey(Expression name) {
        String literal = StaticText.ofKey(name);
        if (literal != null || scope == null) {
            return literal;
        }
        Expression key = name instanceof Hcl.Parentheses parentheses ? parentheses.getExpression() : name;
        return Values.asString(read(key));
    }
}
