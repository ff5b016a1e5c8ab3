package dev.plumb.report.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One unit's ? cells gathered for the reader: the controls plumb could not judge there and what it
 * did not analyse. The reason is the unit's, not a control's, so the reports say it once a unit.
 */
public record NotChecked(Row row, List<Control> controls, String reason) {

    /** What a ? means, said before the units that have one in every report. */
    public static final String MEANING = "These cells would be ✔ or – on what plumb read, but part of the unit"
            + " was not analysed, so plumb cannot tell; a ✘ in the same unit is real.";

    public NotChecked {
        controls = List.copyOf(controls);
    }

    /** The unit's ? cells, or empty when plumb judged every cell of it. */
    static Optional<NotChecked> of(Row row) {
        List<Control> controls = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        for (Cell cell : row.cells()) {
            if (cell.mark() == Mark.NOT_CHECKED) {
                controls.add(cell.control());
                cell.gaps().forEach(gap -> reasons.addAll(gap.reasons()));
            }
        }
        return controls.isEmpty() ? Optional.empty() : Optional.of(new NotChecked(row, controls, String.join("; ", reasons)));
    }

    /** "NetworkPolicy, PDB, Probes". */
    public String headings() {
        return String.join(", ", controls.stream().map(Control::heading).toList());
    }
}
