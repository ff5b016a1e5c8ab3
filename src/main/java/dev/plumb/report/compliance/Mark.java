package dev.plumb.report.compliance;

/**
 * A cell of the matrix: the unit has the control, misses it, ships it switched off (a chart template a
 * value turns on), the control does not apply to it, or plumb could not judge it because part of the
 * unit was not analysed.
 */
public enum Mark {
    HAVE("✔"), MISSING("✘"), DISABLED("○"), NOT_APPLICABLE("–"), NOT_CHECKED("?");

    private final String symbol;

    Mark(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** ✔, ✘ and ○ are judgements; – and ? are not, and count in no total. */
    public boolean judged() {
        return this == HAVE || this == MISSING || this == DISABLED;
    }

    /** ✘ and ○: what runs lacks the control, whether or not the chart could switch it on. */
    public boolean lacking() {
        return this == MISSING || this == DISABLED;
    }
}
