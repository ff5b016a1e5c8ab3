package dev.plumb.report.compliance;

/**
 * A cell of the matrix: the unit has the control, misses it, the control does not apply to it, or
 * plumb could not judge it because part of the unit was not analysed.
 */
public enum Mark {
    HAVE("✔"), MISSING("✘"), NOT_APPLICABLE("–"), NOT_CHECKED("?");

    private final String symbol;

    Mark(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** ✔ and ✘ are judgements; – and ? are not, and count in no total. */
    public boolean judged() {
        return this == HAVE || this == MISSING;
    }
}
