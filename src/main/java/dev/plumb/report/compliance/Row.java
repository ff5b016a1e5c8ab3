package dev.plumb.report.compliance;

import dev.plumb.result.UnitFacts;
import java.util.List;

/** One unit of the matrix and its cells, in the matrix's control order. */
public record Row(UnitFacts unit, List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    public Cell cell(Control control) {
        return cells.stream().filter(cell -> cell.control() == control).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(control.id() + " is not a column of this matrix"));
    }
}
