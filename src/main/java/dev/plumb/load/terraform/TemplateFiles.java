package dev.plumb.load.terraform;

import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@code templatefile} template: {@code ${…}} interpolation and the {@code %{ if }} /
 * {@code %{ else }} / {@code %{ endif }} and {@code %{ for … in … }} / {@code %{ endfor }} directives,
 * with {@code ~} strip markers. The expressions inside are parsed by the HCL parser; anything it
 * cannot read, or any Unknown value the output depends on, makes the whole result Unknown.
 */
final class TemplateFiles {

    private static final Pattern FOR = Pattern.compile("for\\s+([A-Za-z_][\\w-]*)(?:\\s*,\\s*([A-Za-z_][\\w-]*))?\\s+in\\s+(.+)", Pattern.DOTALL);
    private static final int MAX_OUTPUT = RepositoryFiles.MAX_BYTES;

    private sealed interface Part permits Text, Interpolation, Conditional, Loop {}

    private record Text(StringBuilder text) implements Part {}

    private record Interpolation(int expression) implements Part {}

    private record Conditional(int expression, List<Part> then, List<Part> otherwise) implements Part {}

    private record Loop(String key, String value, int expression, List<Part> body) implements Part {}

    /** A directive or interpolation as written: its kind, its expression text, its strip markers. */
    private record Tag(boolean directive, String content, boolean stripBefore, boolean stripAfter) {}

    private final List<String> expressions = new ArrayList<>();

    private TemplateFiles() {
    }

    static Optional<String> render(String template, Position at, Scope scope) {
        TemplateFiles parser = new TemplateFiles();
        List<Object> tokens = parser.tokens(template);
        if (tokens == null) {
            return Optional.empty();
        }
        int[] cursor = {0};
        List<Part> parts = parser.parts(tokens, cursor, null);
        if (parts == null || cursor[0] != tokens.size()) {
            return Optional.empty();
        }
        HclParser.Expressions parsed = HclParser.expressions(at.file(), parser.expressions);
        if (parsed == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        return new Renderer(parsed).render(parts, scope, out) ? Optional.of(out.toString()) : Optional.empty();
    }

    /** Text pieces (StringBuilder) and tags, strip markers already applied to the neighbouring text. */
    private List<Object> tokens(String template) {
        List<Object> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        boolean stripNext = false;
        while (i < template.length()) {
            char c = template.charAt(i);
            boolean opens = (c == '$' || c == '%') && i + 1 < template.length() && template.charAt(i + 1) == '{';
            if ((c == '$' || c == '%') && template.startsWith(c + "" + c + "{", i)) {
                text.append(c).append('{');
                i += 3;
                continue;
            }
            if (!opens) {
                text.append(c);
                i++;
                continue;
            }
            int close = closingBrace(template, i + 2);
            if (close < 0) {
                return null;
            }
            String inside = template.substring(i + 2, close);
            boolean stripBefore = inside.startsWith("~");
            boolean stripAfter = inside.endsWith("~") && inside.length() > (stripBefore ? 1 : 0);
            String content = inside.substring(stripBefore ? 1 : 0, inside.length() - (stripAfter ? 1 : 0)).strip();
            String literal = stripNext ? text.toString().stripLeading() : text.toString();
            tokens.add(new StringBuilder(stripBefore ? literal.stripTrailing() : literal));
            text.setLength(0);
            tokens.add(new Tag(c == '%', content, stripBefore, stripAfter));
            stripNext = stripAfter;
            i = close + 1;
        }
        tokens.add(new StringBuilder(stripNext ? text.toString().stripLeading() : text.toString()));
        return tokens;
    }

    /** The brace closing the one opened before {@code from}, skipping quoted strings and nested braces. */
    private static int closingBrace(String text, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** Parts up to the directive {@code until} ("endif", "else", "endfor"); null when the template is malformed. */
    private List<Part> parts(List<Object> tokens, int[] cursor, String until) {
        List<Part> parts = new ArrayList<>();
        while (cursor[0] < tokens.size()) {
            Object token = tokens.get(cursor[0]);
            if (token instanceof StringBuilder text) {
                parts.add(new Text(text));
                cursor[0]++;
                continue;
            }
            Tag tag = (Tag) token;
            if (!tag.directive()) {
                parts.add(new Interpolation(expression(tag.content())));
                cursor[0]++;
                continue;
            }
            String content = tag.content();
            if (content.equals("endif") || content.equals("else") || content.equals("endfor")) {
                return until != null && until.contains(content) ? parts : null;
            }
            cursor[0]++;
            if (content.startsWith("if ")) {
                int condition = expression(content.substring(3));
                List<Part> then = parts(tokens, cursor, "else endif");
                if (then == null) {
                    return null;
                }
                List<Part> otherwise = List.of();
                if (((Tag) tokens.get(cursor[0])).content().equals("else")) {
                    cursor[0]++;
                    otherwise = parts(tokens, cursor, "endif");
                    if (otherwise == null) {
                        return null;
                    }
                }
                cursor[0]++;
                parts.add(new Conditional(condition, then, otherwise));
            } else {
                Matcher loop = FOR.matcher(content);
                if (!loop.matches()) {
                    return null;
                }
                int collection = expression(loop.group(3));
                List<Part> body = parts(tokens, cursor, "endfor");
                if (body == null) {
                    return null;
                }
                cursor[0]++;
                String first = loop.group(1);
                String second = loop.group(2);
                parts.add(second == null ? new Loop(null, first, collection, body) : new Loop(first, second, collection, body));
            }
        }
        return until == null ? parts : null;
    }

    private int expression(String text) {
        expressions.add(text);
        return expressions.size() - 1;
    }

    /** Walks the parts, evaluating each expression in the scope of the loops around it. */
    private record Renderer(HclParser.Expressions parsed) {

        boolean render(List<Part> parts, Scope scope, StringBuilder out) {
            ValueReader reader = new ValueReader(parsed.locator(), scope);
            for (Part part : parts) {
                if (out.length() > MAX_OUTPUT) {
                    return false;
                }
                if (part instanceof Text text) {
                    out.append(text.text());
                } else if (part instanceof Interpolation interpolation) {
                    String value = Values.asString(reader.read(parsed.expressions().get(interpolation.expression())));
                    if (value == null) {
                        return false;
                    }
                    out.append(value);
                } else if (part instanceof Conditional conditional) {
                    Boolean condition = Values.asBool(reader.read(parsed.expressions().get(conditional.expression())));
                    if (condition == null || !render(condition ? conditional.then() : conditional.otherwise(), scope, out)) {
                        return false;
                    }
                } else if (part instanceof Loop loop && !loop(loop, reader, scope, out)) {
                    return false;
                }
            }
            return true;
        }

        private boolean loop(Loop loop, ValueReader reader, Scope scope, StringBuilder out) {
            Node collection = reader.read(parsed.expressions().get(loop.expression()));
            Map<String, Node> entries = new LinkedHashMap<>();
            if (collection.isList()) {
                List<Node> elements = collection.elements();
                for (int i = 0; i < elements.size(); i++) {
                    entries.put(String.valueOf(i), elements.get(i));
                }
            } else if (collection.isMap()) {
                entries.putAll(collection.fields());
            } else {
                return false;
            }
            Position at = new Position(parsed.locator().source().path(), 1, 1);
            for (Map.Entry<String, Node> entry : entries.entrySet()) {
                Map<String, Node> names = new LinkedHashMap<>();
                names.put(loop.value(), entry.getValue());
                if (loop.key() != null) {
                    names.put(loop.key(), collection.isList()
                            ? Values.number(new java.math.BigDecimal(entry.getKey()), at) : Values.string(entry.getKey(), at, true));
                }
                if (!render(loop.body(), scope.with(names), out)) {
                    return false;
                }
            }
            return true;
        }
    }
}
