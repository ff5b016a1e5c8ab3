package dev.plumb.report.compliance;

import java.util.List;

/**
 * One unit × control. {@code gaps} says why a ✘ is a ✘, one entry per subject in a stable order, or
 * why a ? could not be judged (one entry for the unit, naming what was not analysed); it is empty
 * for ✔ and –.
 */
public record Cell(Control control, Mark mark, List<Gap> gaps) {

    public Cell {
        gaps = List.copyOf(gaps);
    }

    /** A cell plumb cannot judge: {@code reason} says what of {@code unit} was not analysed. */
    static Cell notChecked(Control control, String unit, String reason) {
        return new Cell(control, Mark.NOT_CHECKED, List.of(new Gap(unit, List.of(reason))));
    }
}
