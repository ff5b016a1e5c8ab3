package dev.plumb.report.compliance;

import dev.plumb.report.CoverageMarkdown;
import dev.plumb.report.MarkdownText;
import dev.plumb.report.Report;
import dev.plumb.result.ScanResult;
import dev.plumb.result.UnitKind;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.StringJoiner;

/**
 * COMPLIANCE.md: the per-unit matrix (✔ have, ✘ missing, – not applicable, ? not checked), the
 * totals table {@code | Control | Have | Missing | % | Not checked |}, what each ✘ stands for, and
 * why each ? could not be judged, so a reader can act on a cell without running plumb.
 */
public final class ComplianceMarkdown implements Report {

    /** The dated closing line's prefix; golden-file tests mask the rest of it. */
    public static final String DATED_LINE = "Compliance matrix: ";

    /** How many of the weakest controls the opening line names. */
    private static final int WEAKEST_SHOWN = 3;

    private final List<Control> controls;

    public ComplianceMarkdown() {
        this(Control.all());
    }

    public ComplianceMarkdown(List<Control> controls) {
        this.controls = List.copyOf(controls);
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        StringBuilder coverage = new StringBuilder();
        CoverageMarkdown.lead(result, coverage);
        out.write(render(ComplianceMatrix.of(result, controls), LocalDate.ofInstant(result.scannedAt(), ZoneOffset.UTC),
                coverage.toString()));
        out.flush();
    }

    public static String render(ComplianceMatrix matrix, LocalDate date) {
        return render(matrix, date, "");
    }

    /** @param coverage the Markdown paragraphs saying what the scan analysed, placed before the matrix */
    public static String render(ComplianceMatrix matrix, LocalDate date, String coverage) {
        StringBuilder md = new StringBuilder(8192);
        md.append("# Compliance Matrix\n\n");
        md.append(coverage);
        if (matrix.rows().isEmpty()) {
            md.append(coverage.isEmpty()
                    ? "No chart, Terraform stack or folder of workloads was found, so there is nothing to judge.\n"
                    : "No unit plumb analysed holds workloads, so there is nothing to judge yet.\n");
        } else {
            md.append(lead(matrix)).append("\n\n");
            String weakest = weakest(matrix);
            if (!weakest.isEmpty()) {
                md.append("**Largest gaps:** ").append(weakest).append("\n\n");
            }
            boolean kinds = matrix.rows().stream().anyMatch(row -> row.unit().kind() != UnitKind.FOLDER);
            md.append("| Unit |");
            if (kinds) {
                md.append(" Kind |");
            }
            matrix.controls().forEach(control -> md.append(' ').append(control.heading()).append(" |"));
            md.append("\n|---|");
            if (kinds) {
                md.append("---|");
            }
            matrix.controls().forEach(control -> md.append(":-:|"));
            md.append('\n');
            for (Row row : matrix.rows()) {
                md.append("| ").append(MarkdownText.code(row.unit().name())).append(" |");
                if (kinds) {
                    md.append(' ').append(row.unit().kind().label()).append(" |");
                }
                row.cells().forEach(cell -> md.append(' ').append(cell.mark().symbol()).append(" |"));
                md.append('\n');
            }
            // The share is of judged cells only; the ? cells get a column of their own so the share never hides them.
            md.append("\n## Totals\n\n| Control | Have | Missing | % | Not checked |\n|---|---|---|---|---|\n");
            for (Total total : matrix.totals()) {
                md.append("| ").append(total.control().heading()).append(" | ").append(total.have()).append(" | ")
                        .append(total.missing()).append(" | ")
                        .append(total.percent() < 0 ? "–" : total.percent() + "%").append(" | ")
                        .append(total.notChecked()).append(" |\n");
            }
            gaps(md, matrix);
            notChecked(md, matrix);
        }
        md.append("\n---\n\n").append(DATED_LINE).append(date).append('\n');
        return md.toString();
    }

    /** "ServiceAccount 0/4, RBAC 0/4, securityContext 0/4": the controls with the lowest share, as operators summarise a matrix. */
    private static String weakest(ComplianceMatrix matrix) {
        StringJoiner weakest = new StringJoiner(", ");
        matrix.totals().stream().filter(total -> total.missing() > 0)
                .sorted(java.util.Comparator.comparingInt(Total::percent))
                .limit(WEAKEST_SHOWN)
                .forEach(total -> weakest.add(total.control().heading() + " " + total.have() + "/" + (total.have() + total.missing())));
        return weakest.toString();
    }

    private static boolean offByDefault(ComplianceMatrix matrix) {
        return matrix.rows().stream().flatMap(row -> row.cells().stream()).anyMatch(cell -> cell.mark() == Mark.DISABLED);
    }

    private static String lead(ComplianceMatrix matrix) {
        int units = matrix.rows().size();
        int workloads = matrix.rows().stream().mapToInt(row -> row.unit().workloads().size()).sum();
        return units + (units == 1 ? " unit" : " units") + " (" + workloads + (workloads == 1 ? " workload" : " workloads")
                + ") against " + matrix.controls().size() + " controls: ✔ has it, ✘ misses it, "
                + (offByDefault(matrix) ? "○ ships it switched off (a chart value turns it on), " : "") + "– does not apply, "
                + "? not checked (part of the unit was not analysed). "
                + "A ✘ agrees with the findings `plumb scan` reports; findings under an accepted exception do not count.";
    }

    /** Per control, the units that miss it and the workloads that make them miss it: the remediation batches. */
    private static void gaps(StringBuilder md, ComplianceMatrix matrix) {
        boolean any = matrix.totals().stream().anyMatch(total -> total.missing() > 0);
        if (!any) {
            return;
        }
        md.append("\n## Remediation by control\n\n");
        for (Total total : matrix.totals()) {
            if (total.missing() == 0) {
                continue;
            }
            Control control = total.control();
            int applicable = total.have() + total.missing();
            md.append("- **").append(control.heading()).append("** (").append(total.missing()).append(" of ")
                    .append(applicable).append(applicable == 1 ? " unit" : " units").append("): ");
            StringJoiner units = new StringJoiner("; ");
            for (Row row : matrix.rows()) {
                Cell cell = row.cell(control);
                if (cell.mark().lacking()) {
                    StringJoiner subjects = new StringJoiner(", ");
                    // A gap of the unit itself (no tests) says what is missing; a workload's gap names the workload.
                    cell.gaps().forEach(gap -> subjects.add(MarkdownText.escape(gap.subject().equals(row.unit().name())
                            ? String.join(", ", gap.reasons()) : gap.subject())));
                    units.add(MarkdownText.code(row.unit().name()) + (cell.mark() == Mark.DISABLED ? " (off by default)" : "")
                            + " — " + subjects);
                }
            }
            md.append(units).append(remedy(matrix, control)).append('\n');
        }
    }

    /** Per unit, the controls plumb could not judge and what it did not analyse there. */
    private static void notChecked(StringBuilder md, ComplianceMatrix matrix) {
        List<NotChecked> units = matrix.notChecked();
        if (units.isEmpty()) {
            return;
        }
        md.append("\n## Not checked\n\n").append(NotChecked.MEANING).append("\n\n");
        for (NotChecked unit : units) {
            md.append("- ").append(MarkdownText.code(unit.row().unit().name())).append(" — ")
                    .append(MarkdownText.escape(unit.headings())).append(": ")
                    .append(MarkdownText.escape(unit.reason())).append(".\n");
        }
    }

    /** The rules behind this control's ✘ cells, so a reader finds their fix in CONCERNS.md. */
    private static String remedy(ComplianceMatrix matrix, Control control) {
        java.util.Set<String> seen = matrix.rulesBehind(control);
        if (seen.isEmpty()) {
            return ".";
        }
        StringJoiner ids = new StringJoiner(", ");
        seen.forEach(id -> ids.add(MarkdownText.code(id)));
        return " (" + ids + " in CONCERNS.md).";
    }
}
