package dev.plumb.load.gotemplate;

import dev.plumb.load.terraform.Encoders;
import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.ScalarNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Template values to and from YAML and JSON as Go's encoders write them: map keys sorted, block style,
 * a sequence's dashes at its key's indentation, strings quoted only where a plain scalar would read as
 * something else.
 */
public final class YamlValues {

    private static final Pattern PLAIN_UNSAFE = Pattern.compile(
            "^(?:|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF"
            + "|[-+]?(?:\\.?[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+"
            + "|\\.(?:inf|Inf|INF)|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?)|\\.(?:nan|NaN|NAN)|<<|=)$");

    private YamlValues() {
    }

    /** The values of a YAML document (the first of a stream); a map or list keeps its order. */
    public static Object fromYaml(String text) {
        YamlDocuments documents = YamlDocuments.parse("", text);
        if (documents.syntaxError()) {
            throw new FunctionException(documents.problems().get(0).message());
        }
        return documents.documents().isEmpty() ? null : value(documents.documents().get(0));
    }

    /** A parsed YAML tree as template values. */
    public static Object value(Node node) {
        if (node instanceof MapNode map) {
            Map<String, Object> values = new LinkedHashMap<>();
            map.fields().forEach((key, element) -> values.put(key, value(element)));
            return values;
        }
        if (node instanceof ListNode list) {
            List<Object> values = new ArrayList<>();
            list.elements().forEach(element -> values.add(value(element)));
            return values;
        }
        if (node instanceof ScalarNode scalar) {
            return switch (scalar.type()) {
                case NULL -> null;
                case BOOLEAN -> scalar.text().equalsIgnoreCase("true");
                case NUMBER -> number(scalar.text());
                default -> scalar.written();
            };
        }
        return null;
    }

    /** A scalar as written, a {@code {{ }}} expression included (the YAML loader reads those as unknown). */
    public static String written(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.isNull() ? null : scalar.written();
        }
        return node.text();
    }

    private static Object number(String text) {
        String clean = text.replace("_", "");
        try {
            if (clean.startsWith("0x") || clean.startsWith("0o")) {
                return new BigInteger(clean.substring(2), clean.charAt(1) == 'x' ? 16 : 8).longValueExact();
            }
            return Long.parseLong(clean.startsWith("+") ? clean.substring(1) : clean);
        } catch (NumberFormatException | ArithmeticException notInteger) {
            try {
                return Double.parseDouble(clean.replace(".inf", "Infinity").replace(".Inf", "Infinity"));
            } catch (NumberFormatException notNumber) {
                return text;
            }
        }
    }

    /** Go yaml's Marshal, with its trailing newline (helmfile's toYaml keeps it). */
    public static String toYaml(Object value) {
        StringBuilder out = new StringBuilder();
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            writeMap(map, 0, out);
        } else if (value instanceof Collection<?> list && !list.isEmpty()) {
            writeList(list, 0, out);
        } else {
            out.append(scalar(value, 0)).append('\n');
        }
        return out.toString();
    }

    private static void writeMap(Map<?, ?> map, int indent, StringBuilder out) {
        for (Map.Entry<String, Object> entry : GoValues.sorted(map).entrySet()) {
            out.append(" ".repeat(indent)).append(key(entry.getKey())).append(':');
            writeValue(entry.getValue(), indent, true, out);
        }
    }

    private static void writeList(Collection<?> list, int indent, StringBuilder out) {
        for (Object element : list) {
            out.append(" ".repeat(indent)).append('-');
            if (element instanceof Map<?, ?> map && !map.isEmpty()) {
                // The first key shares the dash's line; the others align under it.
                StringBuilder nested = new StringBuilder();
                writeMap(map, indent + 2, nested);
                out.append(' ').append(nested.substring(indent + 2));
            } else if (element instanceof Collection<?> inner && !inner.isEmpty()) {
                StringBuilder nested = new StringBuilder();
                writeList(inner, indent + 2, nested);
                out.append(' ').append(nested.substring(indent + 2));
            } else {
                writeValue(element, indent, false, out);
            }
        }
    }

    private static void writeValue(Object value, int indent, boolean inMap, StringBuilder out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            writeMap(map, indent + 2, out);
        } else if (value instanceof Collection<?> list && !list.isEmpty()) {
            out.append('\n');
            writeList(list, inMap ? indent : indent + 2, out);
        } else {
            out.append(' ').append(scalar(value, indent + 2)).append('\n');
        }
    }

    private static String key(String key) {
        return plainSafe(key) ? key : doubleQuoted(key);
    }

    private static String scalar(Object value, int indent) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "{}";
        }
        if (value instanceof Collection) {
            return "[]";
        }
        if (value instanceof Double d) {
            return d.isNaN() ? ".nan" : d.isInfinite() ? (d > 0 ? ".inf" : "-.inf") : GoValues.formatFloat(d);
        }
        if (!(value instanceof String text)) {
            return GoValues.format(value);
        }
        if (text.contains("\n") && text.chars().allMatch(c -> c == '\n' || c >= 0x20 && c != 0x7f)
                && !text.startsWith(" ")) {
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            String chomp = text.endsWith("\n") ? (text.endsWith("\n\n") ? "+" : "") : "-";
            StringBuilder block = new StringBuilder("|" + chomp);
            for (String line : body.split("\n", -1)) {
                block.append('\n');
                if (!line.isEmpty()) {
                    block.append(" ".repeat(indent)).append(line);
                }
            }
            return block.toString();
        }
        return plainSafe(text) ? text : doubleQuoted(text);
    }

    private static boolean plainSafe(String text) {
        if (text.isEmpty() || PLAIN_UNSAFE.matcher(text).matches()) {
            return false;
        }
        char first = text.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@` \t".indexOf(first) >= 0) {
            return false;
        }
        if (text.endsWith(" ") || text.endsWith(":") || text.contains(": ") || text.contains(" #")
                || text.contains("\t")) {
            return false;
        }
        return text.chars().allMatch(c -> c >= 0x20 && c != 0x7f);
    }

    private static String doubleQuoted(String text) {
        return Printf.quote(text);
    }

    /** encoding/json's Marshal: sorted keys, HTML characters escaped. */
    public static String toJson(Object value) {
        StringBuilder out = new StringBuilder();
        writeJson(value, out);
        return out.toString();
    }

    private static void writeJson(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : GoValues.sorted(map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                jsonString(entry.getKey(), out);
                out.append(':');
                writeJson(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object element : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeJson(element, out);
            }
            out.append(']');
        } else if (value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Double d) {
            out.append(GoValues.formatFloat(d));
        } else {
            jsonString(GoValues.string(value), out);
        }
    }

    /** encoding/json also escapes the HTML characters. */
    private static void jsonString(String text, StringBuilder out) {
        out.append(Encoders.quoted(text).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
    }

    /** encoding/json's Unmarshal into interface{}: every number a float64. */
    public static Object fromJson(String text) {
        return floats(fromYaml(text));
    }

    private static Object floats(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((key, element) -> values.put(String.valueOf(key), floats(element)));
            return values;
        }
        if (value instanceof List<?> list) {
            List<Object> values = new ArrayList<>();
            list.forEach(element -> values.add(floats(element)));
            return values;
        }
        return value instanceof Long n ? Double.valueOf(n) : value;
    }
}
