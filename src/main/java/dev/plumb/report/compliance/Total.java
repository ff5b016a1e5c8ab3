package dev.plumb.report.compliance;

/** A control's line of the totals table: units that have it, units that miss it; units where it does not apply count in neither. */
public record Total(Control control, int have, int missing) {

    /** Share of applicable units that have the control, rounded down; -1 when it applies nowhere. */
    public int percent() {
        int applicable = have + missing;
        return applicable == 0 ? -1 : have * 100 / applicable;
    }
}
