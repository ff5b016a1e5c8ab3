package dev.plumb.model;

/** The absent value: what navigation returns instead of null. */
public final class MissingNode extends Node {

    public static final MissingNode INSTANCE = new MissingNode();

    private MissingNode() {
        super(Position.UNKNOWN, 0);
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    public boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "<missing>";
    }
}
