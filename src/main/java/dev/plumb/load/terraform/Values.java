package dev.plumb.load.terraform;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.MissingNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Terraform values as plumb's nodes: building them, converting them the way Terraform does, comparing them. */
final class Values {

    /** A configuration value larger than this is generated data; it is Unknown rather than copied. */
    static final int MAX_NODES = 20_000;

    private Values() {
    }

    /** A computed string longer than a file plumb would read is generated data (or a doubling template): Unknown. */
    static ScalarNode string(String text, Position at, boolean derived) {
        if (text.length() > RepositoryFiles.MAX_BYTES * 2) {
            return unknown(at);
        }
        return new ScalarNode(at, at.line(), text, ScalarNode.Type.STRING, derived);
    }

    static ScalarNode number(BigDecimal value, Position at) {
        return new ScalarNode(at, at.line(), format(value), ScalarNode.Type.NUMBER, true);
    }

    static ScalarNode bool(boolean value, Position at) {
        return new ScalarNode(at, at.line(), String.valueOf(value), ScalarNode.Type.BOOLEAN, true);
    }

    static ScalarNode nullValue(Position at) {
        return new ScalarNode(at, at.line(), "null", ScalarNode.Type.NULL, true);
    }

    static ScalarNode unknown(Position at) {
        return ScalarNode.unknown(at);
    }

    static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    static boolean isUnknown(Node node) {
        return node.isMissing() || (node instanceof ScalarNode scalar && scalar.isUnknown());
    }

    /** True when the value or anything inside it is unknown. */
    static boolean hasUnknown(Node node) {
        if (isUnknown(node)) {
            return true;
        }
        for (Node element : node.elements()) {
            if (hasUnknown(element)) {
                return true;
            }
        }
        for (Node value : node.fields().values()) {
            if (hasUnknown(value)) {
                return true;
            }
        }
        return false;
    }

    /** Terraform's automatic conversion to string: numbers and booleans convert, collections and null do not. */
    static String asString(Node node) {
        if (node instanceof ScalarNode scalar && scalar.type() != ScalarNode.Type.NULL) {
            return scalar.text();
        }
        return null;
    }

    static BigDecimal asNumber(Node node) {
        String text = asString(node);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static Boolean asBool(Node node) {
        String text = asString(node);
        if ("true".equals(text)) {
            return Boolean.TRUE;
        }
        return "false".equals(text) ? Boolean.FALSE : null;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.NULL;
    }

    static boolean derived(Node node) {
        return node instanceof ScalarNode scalar && scalar.isDerived();
    }

    /** Known values equal as Terraform compares them; null when either side is not known. */
    static Boolean equal(Node a, Node b) {
        if (hasUnknown(a) || hasUnknown(b)) {
            return null;
        }
        return same(a, b);
    }

    private static boolean same(Node a, Node b) {
        if (a.isMap() != b.isMap() || a.isList() != b.isList()) {
            return false;
        }
        if (a.isMap()) {
            Map<String, Node> left = a.fields();
            Map<String, Node> right = b.fields();
            if (left.size() != right.size()) {
                return false;
            }
            for (Map.Entry<String, Node> entry : left.entrySet()) {
                Node other = right.get(entry.getKey());
                if (other == null || !same(entry.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isList()) {
            List<Node> left = a.elements();
            List<Node> right = b.elements();
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!same(left.get(i), right.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (isNull(a) || isNull(b)) {
            return isNull(a) && isNull(b);
        }
        BigDecimal x = asNumber(a);
        BigDecimal y = asNumber(b);
        ScalarNode.Type ta = ((ScalarNode) a).type();
        ScalarNode.Type tb = ((ScalarNode) b).type();
        if (ta == ScalarNode.Type.NUMBER && tb == ScalarNode.Type.NUMBER && x != null && y != null) {
            return x.compareTo(y) == 0;
        }
        return ta == tb && String.valueOf(asString(a)).equals(asString(b));
    }

    /**
     * The value placed where it is used: every node at {@code at}, and every scalar marked derived
     * (what that line says is an expression, not the value). Values read from a YAML file keep their
     * own lines ({@code anchored}).
     */
    static Node relocate(Node value, Position at, int endLine) {
        if (value.isMissing() || size(value, MAX_NODES) > MAX_NODES) {
            // Values that double at every reference (a = [b, b], b = [c, c]…) would grow without bound.
            return unknown(at);
        }
        return copy(value, at, endLine);
    }

    /** How many nodes {@code value} holds, counting no further than just past {@code limit}. */
    private static int size(Node value, int limit) {
        int count = 1;
        for (Node element : value.elements()) {
            count += size(element, limit - count);
            if (count > limit) {
                return count;
            }
        }
        for (Node child : value.fields().values()) {
            count += size(child, limit - count);
            if (count > limit) {
                return count;
            }
        }
        return count;
    }

    private static Node copy(Node value, Position at, int endLine) {
        if (value instanceof ScalarNode scalar) {
            ScalarNode moved = new ScalarNode(at, endLine, scalar.text() == null && !scalar.isUnknown() ? "null" : scalar.text(),
                    scalar.type(), true);
            // An encoded document's keys stay on the lines that wrote them: that is where an operator edits one.
            return scalar.decoded().isMissing() ? moved : moved.encoding(scalar.decoded());
        }
        if (value instanceof MapNode map) {
            MapNode.Builder moved = new MapNode.Builder(at);
            map.fields().forEach((key, child) -> moved.put(key, at, copy(child, at, endLine)));
            return moved.build(endLine);
        }
        List<Node> elements = new ArrayList<>(value.elements().size());
        for (Node element : value.elements()) {
            elements.add(copy(element, at, endLine));
        }
        return new ListNode(at, endLine, elements);
    }

    static Node orUnknown(Node node, Position at) {
        return node == null || node == MissingNode.INSTANCE ? unknown(at) : node;
    }
}
