package dev.plumb.report.compliance;

import java.util.List;

/** One unit × control; {@code gaps} says why a ✘ is a ✘, one entry per subject in a stable order, and is empty for ✔ and –. */
public record Cell(Control control, Mark mark, List<Gap> gaps) {

    public Cell {
        gaps = List.copyOf(gaps);
    }
}
