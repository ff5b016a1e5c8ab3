package dev.plumb.report.html;

import dev.plumb.report.compliance.Cell;
import dev.plumb.report.compliance.ComplianceMatrix;
import dev.plumb.report.compliance.Control;
import dev.plumb.report.compliance.Gap;
import dev.plumb.report.compliance.Mark;
import dev.plumb.report.compliance.NotChecked;
import dev.plumb.report.compliance.Row;
import dev.plumb.report.compliance.Total;
import dev.plumb.result.UnitKind;
import java.util.List;
import java.util.StringJoiner;

/**
 * The compliance matrix: one row per unit, one column per control, ✔ / ✘ / – / ?; a ✘ says on hover
 * what makes it one, a ? what plumb did not analyse. Then the units plumb could not judge in full,
 * and the totals with a bar per control.
 */
final class ComplianceSection {

    private ComplianceSection() {
    }

    static PageSection of(ComplianceMatrix matrix) {
        StringBuilder html = new StringBuilder(8192);
        if (matrix.rows().isEmpty()) {
            html.append("<p class=\"lead\">No chart, Terraform stack or folder of workloads was found, so there is nothing to judge.</p>");
            return new PageSection("compliance", "Compliance", html.toString());
        }
        int workloads = matrix.rows().stream().mapToInt(row -> row.unit().workloads().size()).sum();
        html.append("<p class=\"lead\">").append(Labels.count(matrix.rows().size(), "unit")).append(" (")
                .append(Labels.count(workloads, "workload")).append(") against ")
                .append(Labels.count(matrix.controls().size(), "control"))
                .append(": <span class=\"mark have\">✔</span> has it, <span class=\"mark missing\">✘</span> misses it,"
                        + " <span class=\"mark disabled\">○</span> ships it switched off,"
                        + " <span class=\"mark na\">–</span> does not apply,"
                        + " <span class=\"mark unchecked\">?</span> not checked (part of the unit was not analysed)."
                        + " Hover a ✘ or ? for why.</p>");
        html.append("<div class=\"table-wrap matrix-wrap\"><table class=\"matrix\"><thead><tr><th scope=\"col\">Unit</th>");
        for (Control control : matrix.controls()) {
            html.append("<th scope=\"col\">").append(Html.escape(control.heading())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Row row : matrix.rows()) {
            html.append("<tr><th scope=\"row\"><code>").append(Html.breakable(row.unit().name())).append("</code>");
            if (row.unit().kind() != UnitKind.FOLDER) {
                html.append("<span class=\"kind\">").append(Html.escape(row.unit().kind().label())).append("</span>");
            }
            html.append("</th>");
            for (Cell cell : row.cells()) {
                cell(html, cell);
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div>");
        notChecked(html, matrix);
        totals(html, matrix);
        return new PageSection("compliance", "Compliance", html.toString());
    }

    private static void cell(StringBuilder html, Cell cell) {
        String css = switch (cell.mark()) {
            case HAVE -> "have";
            case MISSING -> "missing";
            case DISABLED -> "disabled";
            case NOT_APPLICABLE -> "na";
            case NOT_CHECKED -> "unchecked";
        };
        html.append("<td class=\"mark ").append(css).append("\" data-control=\"").append(cell.control().id()).append('"');
        if (cell.mark().lacking()) {
            StringJoiner why = new StringJoiner("\n", cell.mark() == Mark.DISABLED ? "Off by default: a chart value turns it on\n" : "", "");
            for (Gap gap : cell.gaps()) {
                why.add(gap.subject() + ": " + String.join(", ", gap.reasons()));
            }
            html.append(" title=\"").append(Html.escape(why.toString())).append('"');
        } else if (cell.mark() == Mark.NOT_CHECKED) {
            StringJoiner why = new StringJoiner("; ", "Not checked: ", "");
            cell.gaps().forEach(gap -> gap.reasons().forEach(why::add));
            html.append(" title=\"").append(Html.escape(why.toString())).append('"');
        }
        html.append('>').append(cell.mark().symbol()).append("</td>");
    }

    /** The same list as COMPLIANCE.md's "Not checked": a hover is not there in print or on a phone. */
    private static void notChecked(StringBuilder html, ComplianceMatrix matrix) {
        List<NotChecked> units = matrix.notChecked();
        if (units.isEmpty()) {
            return;
        }
        html.append("<h3>Not checked</h3><p>").append(Html.escape(NotChecked.MEANING))
                .append("</p><ul class=\"not-checked\">");
        for (NotChecked unit : units) {
            html.append("<li><code>").append(Html.breakable(unit.row().unit().name())).append("</code> — ")
                    .append(Html.escape(unit.headings())).append(": ").append(Html.escape(unit.reason())).append(".</li>");
        }
        html.append("</ul>");
    }

    private static void totals(StringBuilder html, ComplianceMatrix matrix) {
        html.append("<h3>Totals</h3><div class=\"table-wrap totals-wrap\"><table class=\"totals\"><thead><tr>")
                .append("<th scope=\"col\">Control</th><th scope=\"col\">Have</th><th scope=\"col\">Missing</th>")
                .append("<th scope=\"col\">%</th><th scope=\"col\" class=\"col-bar\"><span class=\"sr-only\">Share</span></th>")
                .append("<th scope=\"col\">Not checked</th>")
                .append("</tr></thead><tbody>");
        for (Total total : matrix.totals()) {
            int percent = total.percent();
            html.append("<tr><td>").append(Html.escape(total.control().heading())).append("</td><td>").append(total.have())
                    .append("</td><td>").append(total.missing()).append("</td><td>")
                    .append(percent < 0 ? "–" : percent + "%").append("</td><td class=\"col-bar\">");
            if (percent >= 0) {
                html.append("<svg class=\"share\" viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
                        .append("<rect class=\"track\" width=\"100\" height=\"8\" rx=\"2\"/><rect class=\"")
                        .append(percent >= 80 ? "good" : percent >= 50 ? "fair" : "poor")
                        .append("\" width=\"").append(percent).append("\" height=\"8\" rx=\"2\"/></svg>");
            }
            html.append("</td><td>").append(total.notChecked()).append("</td></tr>");
        }
        html.append("</tbody></table></div>");
    }
}
