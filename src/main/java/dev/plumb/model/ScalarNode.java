package dev.plumb.model;

/**
 * A leaf value. Kept as text because manifests mix quoted and plain forms ("1" vs 1) and rules
 * compare what was written; {@link #unknown} marks a value a loader could not know statically
 * (a templated expression), on which rules stay silent.
 */
public final class ScalarNode extends Node {

    public enum Type { STRING, NUMBER, BOOLEAN, NULL, UNKNOWN }

    private final String text;
    private final Type type;

    public ScalarNode(Position start, int endLine, String text, Type type) {
        super(start, endLine);
        this.text = text;
        this.type = type;
    }

    public static ScalarNode unknown(Position at) {
        return new ScalarNode(at, at.line(), null, Type.UNKNOWN);
    }

    @Override
    public boolean isScalar() {
        return true;
    }

    @Override
    public boolean isNull() {
        return type == Type.NULL;
    }

    @Override
    public String text() {
        return type == Type.NULL || type == Type.UNKNOWN ? null : text;
    }

    @Override
    public String toString() {
        return type == Type.UNKNOWN ? "<unknown>" : String.valueOf(text);
    }
}
