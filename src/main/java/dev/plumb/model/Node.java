package dev.plumb.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value of a loaded document with the place it was written. Navigation never returns null:
 * an absent value is {@link MissingNode}, so rules can chain lookups without guards.
 */
public abstract sealed class Node permits MapNode, ListNode, ScalarNode, MissingNode {

    // Unpacked rather than a Position object: one object fewer for every value of every file.
    private final String file;
    private final int line;
    private final int column;
    private final int endLine;

    protected Node(Position start, int endLine) {
        this.file = start.file();
        this.line = start.line();
        this.column = start.column();
        this.endLine = Math.max(endLine, line);
    }

    /** The structure a string encodes (Terraform's {@code jsonencode}, {@code yamlencode}); missing for any other node. */
    public Node decoded() {
        return MissingNode.INSTANCE;
    }

    public Position position() {
        return new Position(file, line, column);
    }

    public int line() {
        return line;
    }

    public int endLine() {
        return endLine;
    }

    public String file() {
        return file;
    }

    /** The child under {@code key} of a mapping, or missing. */
    public Node get(String key) {
        return MissingNode.INSTANCE;
    }

    /** The element at {@code index} of a sequence, or missing. */
    public Node get(int index) {
        return MissingNode.INSTANCE;
    }

    /** Follows a chain of mapping keys. */
    public Node path(String... keys) {
        Node node = this;
        for (String key : keys) {
            node = node.get(key);
        }
        return node;
    }

    public boolean isMissing() {
        return false;
    }

    public boolean isMap() {
        return false;
    }

    public boolean isList() {
        return false;
    }

    public boolean isScalar() {
        return false;
    }

    /** True for an explicit YAML null ({@code ~}, {@code null}, empty value) and for a missing node. */
    public boolean isNull() {
        return false;
    }

    /**
     * True for a scalar a loader computed rather than read where it points (a Terraform variable,
     * local, function or reference): the line shows an expression, not this value.
     */
    public boolean isDerived() {
        return false;
    }

    /** The scalar text, or null when this is not a scalar or is null. */
    public String text() {
        return null;
    }

    public Optional<String> optText() {
        return Optional.ofNullable(text());
    }

    /** The scalar text, or {@code fallback}. */
    public String textOr(String fallback) {
        String text = text();
        return text == null ? fallback : text;
    }

    /** Elements of a sequence; empty for anything else. */
    public List<Node> elements() {
        return List.of();
    }

    /** A mapping of string values (labels, annotations, selectors); empty for anything else. */
    public Map<String, String> stringMap() {
        return Map.of();
    }

    /** Entries of a mapping in document order; empty for anything else. */
    public Map<String, Node> fields() {
        return Map.of();
    }

    /** True when a boolean scalar says true (YAML 1.2 core: true/True/TRUE). */
    public boolean isTrue() {
        String text = text();
        return text != null && text.equalsIgnoreCase("true");
    }

    /** True when a boolean scalar says false. */
    public boolean isFalse() {
        String text = text();
        return text != null && text.equalsIgnoreCase("false");
    }

    /** An integer value, whether written as a number or as a quoted string ("3"). */
    public Optional<Long> asLong() {
        String text = text();
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
