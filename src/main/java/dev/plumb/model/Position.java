package dev.plumb.model;

/** Where a value was written: file relative to the scanned root ('/'-separated), 1-based line and column. */
public record Position(String file, int line, int column) {

    public static final Position UNKNOWN = new Position("", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
