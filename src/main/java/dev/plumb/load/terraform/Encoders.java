package dev.plumb.load.terraform;

import dev.plumb.load.JsonStrings;
import dev.plumb.model.Node;
import dev.plumb.model.ScalarNode;
import java.util.Map;

/** {@code jsonencode} and {@code yamlencode} of known values: the text rules read, not byte-exact Terraform output. */
public final class Encoders {

    private Encoders() {
    }

    static String json(Node value) {
        StringBuilder out = new StringBuilder();
        json(value, out);
        return out.toString();
    }

    private static void json(Node value, StringBuilder out) {
        if (value.isMap()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Node> entry : value.fields().entrySet()) {
                out.append(first ? "" : ",");
                quote(entry.getKey(), out);
                out.append(':');
                json(entry.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (value.isList()) {
            out.append('[');
            for (int i = 0; i < value.elements().size(); i++) {
                out.append(i == 0 ? "" : ",");
                json(value.elements().get(i), out);
            }
            out.append(']');
        } else {
            scalar(value, out);
        }
    }

    private static void scalar(Node value, StringBuilder out) {
        ScalarNode scalar = (ScalarNode) value;
        switch (scalar.type()) {
            case NULL -> out.append("null");
            case NUMBER, BOOLEAN -> out.append(scalar.text());
            default -> quote(scalar.text(), out);
        }
    }

    /** A JSON string literal. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        quote(text, out);
        return out.toString();
    }

    private static void quote(String text, StringBuilder out) {
        JsonStrings.quote(text, out, false);
    }

    /** Block-style YAML; strings are double-quoted (as Terraform writes them), which JSON quoting serves. */
    static String yaml(Node value) {
        StringBuilder out = new StringBuilder();
        yaml(value, 0, out);
        return out.toString();
    }

    private static void yaml(Node value, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        if (value.isMap() && !value.fields().isEmpty()) {
            for (Map.Entry<String, Node> entry : value.fields().entrySet()) {
                out.append(pad);
                quote(entry.getKey(), out);
                out.append(':');
                nested(entry.getValue(), indent, out);
            }
        } else if (value.isList() && !value.elements().isEmpty()) {
            for (Node element : value.elements()) {
                out.append(pad).append('-');
                nested(element, indent, out);
            }
        } else {
            out.append(pad);
            inline(value, out);
            out.append('\n');
        }
    }

    private static void nested(Node value, int indent, StringBuilder out) {
        if ((value.isMap() && !value.fields().isEmpty()) || (value.isList() && !value.elements().isEmpty())) {
            out.append('\n');
            yaml(value, indent + 2, out);
        } else {
            out.append(' ');
            inline(value, out);
            out.append('\n');
        }
    }

    private static void inline(Node value, StringBuilder out) {
        if (value.isMap()) {
            out.append("{}");
        } else if (value.isList()) {
            out.append("[]");
        } else {
            scalar(value, out);
        }
    }
}
