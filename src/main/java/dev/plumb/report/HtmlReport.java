package dev.plumb.report;

import dev.plumb.report.compliance.ComplianceMatrix;
import dev.plumb.report.compliance.Control;
import dev.plumb.report.concerns.Concerns;
import dev.plumb.report.html.HtmlPage;
import dev.plumb.report.html.PlatformUnits;
import dev.plumb.result.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * report.html: one self-contained page — summary cards, charts by category and by unit, a
 * filterable and sortable findings table, the concerns audit and the compliance matrix — with inline
 * style, script and SVG and a Content-Security-Policy that forbids every remote load. Two scans of
 * the same tree give the same bytes apart from the line with the scan's date.
 */
public final class HtmlReport implements Report {

    private final List<Control> controls;

    /** Every compliance control. */
    public HtmlReport() {
        this(Control.all());
    }

    /** @param controls the compliance matrix's columns, as {@code .plumb.yaml} configures them */
    public HtmlReport(List<Control> controls) {
        this.controls = List.copyOf(controls);
    }

    /** The page from models already built, so a caller writing CONCERNS.md and COMPLIANCE.md too builds them once. */
    public static String render(ScanResult result, Concerns concerns, ComplianceMatrix matrix) {
        return HtmlPage.render(result, Timestamps.human(result.scannedAt()), new PlatformUnits(result.facts()),
                concerns, matrix);
    }

    public String render(ScanResult result) {
        return render(result, Concerns.of(result), ComplianceMatrix.of(result, controls));
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        out.write(render(result));
        out.flush();
    }
}
