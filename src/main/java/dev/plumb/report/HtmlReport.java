package dev.plumb.report;

import dev.plumb.report.html.FindingUnits;
import dev.plumb.report.html.HtmlPage;
import dev.plumb.report.html.PageSection;
import dev.plumb.report.html.TopLevelFolders;
import dev.plumb.rule.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * report.html: one self-contained page — summary cards, charts by category and by unit, a
 * filterable and sortable findings table, then further sections — with inline style, script and
 * SVG and a Content-Security-Policy that forbids every remote load. Two scans of the same tree give
 * the same bytes apart from the line with the scan's date.
 */
public final class HtmlReport implements Report {

    private final FindingUnits units;
    private final List<PageSection> sections;

    /** Findings grouped by top-level folder, no further sections. */
    public HtmlReport() {
        this(new TopLevelFolders(), List.of());
    }

    /**
     * @param units    what "findings by unit" and the unit filter group by
     * @param sections shown after the findings table, in this order, each with a navigation entry
     */
    public HtmlReport(FindingUnits units, List<PageSection> sections) {
        this.units = units;
        this.sections = List.copyOf(sections);
    }

    public String render(ScanResult result) {
        return HtmlPage.render(result, Timestamps.human(result.scannedAt()), units, sections);
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        out.write(render(result));
        out.flush();
    }
}
