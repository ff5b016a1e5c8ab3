package dev.plumb.report.compliance;

/** A cell of the matrix: the unit has the control, misses it, or the control does not apply to it. */
public enum Mark {
    HAVE("✔"), MISSING("✘"), NOT_APPLICABLE("–");

    private final String symbol;

    Mark(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
