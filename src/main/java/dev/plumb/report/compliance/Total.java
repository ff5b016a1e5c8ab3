package dev.plumb.report.compliance;

/**
 * A control's line of the totals table: units that have it and units that miss it — the judged
 * cells —, and units plumb could not judge (?). Units where the control does not apply count in none.
 */
public record Total(Control control, int have, int missing, int notChecked) {

    /** Share of judged units that have the control, rounded down; -1 when none was judged. */
    public int percent() {
        int judged = have + missing;
        return judged == 0 ? -1 : have * 100 / judged;
    }
}
