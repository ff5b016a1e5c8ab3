package dev.plumb.load.terraform;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Evaluates the computed expressions of one file in a {@link Scope}: references, traversals, templates
 * with interpolation, operators, conditionals, {@code for} expressions and the functions of
 * {@link Functions}. Whatever cannot be known statically is Unknown, and Unknown spreads: an
 * operation on an Unknown value is Unknown, so a rule meeting it stays silent.
 */
final class Evaluator {

    /** A {@code for} expression over more elements than this is generated data, not configuration. */
    private static final int MAX_ELEMENTS = 1000;

    private final ValueReader reader;
    private final Scope scope;

    Evaluator(ValueReader reader, Scope scope) {
        this.reader = reader;
        this.scope = scope;
    }

    /** The value of a computed expression, its nodes wherever they came from (the caller places them). */
    Node computed(Expression expression) {
        Position at = reader.locator().position(expression);
        if (expression instanceof Hcl.VariableExpression
                || expression instanceof Hcl.AttributeAccess
                || expression instanceof Hcl.Index
                || expression instanceof Hcl.LegacyIndexAttributeAccess
                || expression instanceof Hcl.Splat) {
            return traversal(expression, at);
        }
        if (expression instanceof Hcl.QuotedTemplate || expression instanceof Hcl.HeredocTemplate) {
            return template(expression, at);
        }
        if (expression instanceof Hcl.FunctionCall call) {
            return new Functions(reader, scope).call(call, at);
        }
        if (expression instanceof Hcl.Conditional conditional) {
            Boolean condition = Values.asBool(reader.read(conditional.getCondition()));
            if (condition == null) {
                return Values.unknown(at);
            }
            return reader.read(condition ? conditional.getTruePart() : conditional.getFalsePart());
        }
        if (expression instanceof Hcl.Binary binary) {
            return new Operators(reader).binary(binary, at);
        }
        if (expression instanceof Hcl.Unary unary) {
            return new Operators(reader).unary(unary, at);
        }
        if (expression instanceof Hcl.Parentheses parentheses) {
            return reader.read(parentheses.getExpression());
        }
        if (expression instanceof Hcl.ForTuple forTuple) {
            return forTuple(forTuple, at);
        }
        if (expression instanceof Hcl.ForObject forObject) {
            return forObject(forObject, at);
        }
        return Values.unknown(at);
    }

    // ---- references and traversals

    private sealed interface Step permits Attribute, Index, Splat {}

    private record Attribute(String name) implements Step {}

    private record Index(Expression key, Integer literal) implements Step {}

    private record Splat() implements Step {}

    private Node traversal(Expression expression, Position at) {
        List<Step> steps = new ArrayList<>();
        Expression current = expression;
        while (true) {
            if (current instanceof Hcl.AttributeAccess access) {
                steps.add(0, new Attribute(access.getType().getName()));
                current = access.getAttribute();
            } else if (current instanceof Hcl.Index index) {
                steps.add(0, new Index(index.getPosition().getPosition(), null));
                current = index.getIndexed();
            } else if (current instanceof Hcl.LegacyIndexAttributeAccess legacy) {
                Object index = legacy.getIndex().getValue();
                if (!(index instanceof Number number)) {
                    return Values.unknown(at);
                }
                steps.add(0, new Index(null, number.intValue()));
                current = legacy.getBase().getElement();
            } else if (current instanceof Hcl.Splat splat) {
                steps.add(0, new Splat());
                current = splat.getSelect();
            } else {
                break;
            }
        }
        Node base;
        int next = 0;
        if (current instanceof Hcl.VariableExpression variable) {
            String root = variable.getName().getName();
            Node bound = scope.bound(root);
            if (bound != null) {
                base = bound;
            } else if (!steps.isEmpty() && steps.get(0) instanceof Attribute first) {
                base = scope.reference(root, first.name(), at);
                next = 1;
            } else {
                return Values.unknown(at);
            }
        } else {
            base = reader.read(current);
        }
        return apply(base, steps, next, at);
    }

    private Node apply(Node value, List<Step> steps, int from, Position at) {
        Node current = value;
        for (int i = from; i < steps.size(); i++) {
            if (Values.isUnknown(current)) {
                return Values.unknown(at);
            }
            Step step = steps.get(i);
            if (step instanceof Splat) {
                List<Node> elements = current.isList() ? current.elements()
                        : Values.isNull(current) ? List.of() : List.of(current);
                List<Node> mapped = new ArrayList<>(elements.size());
                for (Node element : elements) {
                    mapped.add(apply(element, steps, i + 1, at));
                }
                return new ListNode(at, at.line(), mapped);
            }
            current = step instanceof Attribute attribute ? attribute(current, attribute.name(), at) : index(current, (Index) step, at);
        }
        return current;
    }

    private static Node attribute(Node value, String name, Position at) {
        return value.isMap() ? Values.orUnknown(value.get(name), at) : Values.unknown(at);
    }

    private Node index(Node value, Index step, Position at) {
        Node key = step.literal() != null ? Values.number(BigDecimal.valueOf(step.literal()), at) : reader.read(step.key());
        if (Values.isUnknown(key)) {
            return Values.unknown(at);
        }
        if (value.isList()) {
            BigDecimal number = Values.asNumber(key);
            return number == null ? Values.unknown(at) : Values.orUnknown(value.get(number.intValue()), at);
        }
        String name = Values.asString(key);
        return value.isMap() && name != null ? Values.orUnknown(value.get(name), at) : Values.unknown(at);
    }

    // ---- templates

    /**
     * A quoted or heredoc template with interpolation: the literal parts decoded as Terraform decodes
     * them, each {@code ${…}} replaced by its value's text. Unknown as soon as one part is.
     */
    private Node template(Expression template, Position at) {
        List<Expression> parts = template instanceof Hcl.QuotedTemplate quoted
                ? quoted.getExpressions() : ((Hcl.HeredocTemplate) template).getExpressions();
        Locator locator = reader.locator();
        String source = locator.source().text();
        int start = locator.start(template);
        int end = locator.end(template);
        List<String> values = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        int bodyStart;
        int bodyEnd;
        boolean heredoc = template instanceof Hcl.HeredocTemplate;
        if (heredoc) {
            int firstLine = source.indexOf('\n', start);
            bodyStart = firstLine < 0 ? end : firstLine + 1;
            bodyEnd = locator.source().lineStart(locator.source().endLine(start, end));
        } else {
            bodyStart = start + 1;
            bodyEnd = end - 1;
        }
        int cursor = bodyStart;
        for (Expression part : parts) {
            if (!(part instanceof Hcl.TemplateInterpolation interpolation)) {
                continue;
            }
            String text = Values.asString(reader.read(interpolation.getExpression()));
            if (text == null) {
                return Values.unknown(at);
            }
            int partStart = locator.start(part);
            int partEnd = locator.end(part);
            if (partStart < cursor || partEnd > bodyEnd) {
                return Values.unknown(at);
            }
            raw.append(source, cursor, partStart).append('\u0000').append(values.size()).append('\u0001');
            values.add(text);
            cursor = partEnd;
        }
        if (cursor > bodyEnd) {
            return Values.unknown(at);
        }
        raw.append(source, cursor, Math.max(cursor, bodyEnd));
        String decoded = heredoc
                ? TemplateText.heredoc(raw.toString(), ((Hcl.HeredocTemplate) template).getArrow().endsWith("-"))
                : TemplateText.quoted(raw.toString());
        if (decoded == null) {
            return Values.unknown(at);
        }
        StringBuilder value = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            int close = c == '\u0000' ? decoded.indexOf('\u0001', i) : -1;
            if (close > 0) {
                value.append(values.get(Integer.parseInt(decoded, i + 1, close, 10)));
                i = close;
            } else {
                value.append(c);
            }
        }
        return Values.string(value.toString(), at, true);
    }

    // ---- for expressions

    private record Element(Node key, Node value) {}

    private List<Element> elements(Hcl.ForIntro intro, Position at) {
        Node collection = reader.read(intro.getIn());
        if (Values.hasUnknown(collection) && !(collection.isList() || collection.isMap())) {
            return null;
        }
        List<Element> elements = new ArrayList<>();
        if (collection.isList()) {
            List<Node> list = collection.elements();
            for (int i = 0; i < list.size(); i++) {
                elements.add(new Element(Values.number(BigDecimal.valueOf(i), at), list.get(i)));
            }
        } else if (collection.isMap()) {
            collection.fields().forEach((key, value) -> elements.add(new Element(Values.string(key, at, true), value)));
        } else {
            return null;
        }
        return elements.size() > MAX_ELEMENTS ? null : elements;
    }

    private Scope iteration(Hcl.ForIntro intro, Element element) {
        List<Hcl.Identifier> names = intro.getVariables();
        Map<String, Node> bound = new LinkedHashMap<>();
        if (names.size() == 1) {
            bound.put(names.get(0).getName(), element.value());
        } else if (names.size() == 2) {
            bound.put(names.get(0).getName(), element.key());
            bound.put(names.get(1).getName(), element.value());
        }
        return scope.with(bound);
    }

    /** Whether a {@code for} element passes its {@code if}: null when the condition is not known. */
    private static Boolean kept(ValueReader inner, Expression condition) {
        return condition == null ? Boolean.TRUE : Values.asBool(inner.read(condition));
    }

    private Node forTuple(Hcl.ForTuple expression, Position at) {
        List<Element> elements = elements(expression.getIntro(), at);
        if (elements == null) {
            return Values.unknown(at);
        }
        List<Node> result = new ArrayList<>();
        for (Element element : elements) {
            ValueReader inner = reader.in(iteration(expression.getIntro(), element));
            Boolean keep = kept(inner, expression.getCondition());
            if (keep == null) {
                return Values.unknown(at);
            }
            if (!keep) {
                continue;
            }
            result.add(inner.read(expression.getUpdateName()));
        }
        return new ListNode(at, at.line(), result);
    }

    private Node forObject(Hcl.ForObject expression, Position at) {
        List<Element> elements = elements(expression.getIntro(), at);
        if (elements == null || expression.getEllipsis() != null) {
            return Values.unknown(at);
        }
        MapNode.Builder result = new MapNode.Builder(at);
        for (Element element : elements) {
            ValueReader inner = reader.in(iteration(expression.getIntro(), element));
            Boolean keep = kept(inner, expression.getCondition());
            if (keep == null) {
                return Values.unknown(at);
            }
            if (!keep) {
                continue;
            }
            String key = Values.asString(inner.read(expression.getUpdateName()));
            if (key == null) {
                return Values.unknown(at);
            }
            result.put(key, at, inner.read(expression.getUpdateValue()));
        }
        return result.build(at.line());
    }
}
