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
    private final boolean derived;
    private final Node decoded;

    public ScalarNode(Position start, int endLine, String text, Type type) {
        this(start, endLine, text, type, false);
    }

    /**
     * @param derived the value is not what the source says at this position: a loader computed it
     *                (a Terraform variable, local, function or another resource's attribute)
     */
    public ScalarNode(Position start, int endLine, String text, Type type, boolean derived) {
        this(start, endLine, text, type, derived, null);
    }

    private ScalarNode(Position start, int endLine, String text, Type type, boolean derived, Node decoded) {
        super(start, endLine);
        this.text = text;
        this.type = type;
        this.derived = derived;
        this.decoded = decoded;
    }

    /**
     * The same string, carrying the structure it encodes: Terraform's {@code jsonencode({...})} is text to
     * Kubernetes but an object in the code, whose keys sit on lines of their own. Rules that read settings
     * out of text read the structure instead, and point at the key's line.
     */
    public ScalarNode encoding(Node structure) {
        return new ScalarNode(position(), endLine(), text, type, derived, structure);
    }

    @Override
    public Node decoded() {
        return decoded == null ? MissingNode.INSTANCE : decoded;
    }

    public static ScalarNode unknown(Position at) {
        return new ScalarNode(at, at.line(), null, Type.UNKNOWN);
    }

    public Type type() {
        return type;
    }

    /**
     * True when the value was computed rather than written here: {@code password = var.db_password}
     * holds the variable's value, but the line holds no credential. Rules about literals written into
     * the code ask this before reporting one.
     */
    @Override
    public boolean isDerived() {
        return derived;
    }

    /** The text as the source wrote it, a template expression included; null when nothing was written. */
    public String written() {
        return text;
    }

    /** True for a value a loader could not know statically. */
    public boolean isUnknown() {
        return type == Type.UNKNOWN;
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
