package dev.plumb.report.html;

import dev.plumb.rule.Category;
import dev.plumb.result.Finding;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Findings by category and by unit, side by side. */
final class Charts {

    /** A repository with hundreds of folders would make a chart taller than the page; the table has them all. */
    static final int MAX_UNITS = 14;

    private Charts() {
    }

    static String render(ScanResult result, FindingUnits units) {
        List<Finding> active = result.active();
        StringBuilder html = new StringBuilder(8192).append("<div class=\"charts\">");
        html.append("<figure class=\"panel chart-panel\"><figcaption>Findings by category</figcaption>")
                .append(BarChart.svg("Findings by category", byCategory(active))).append(legend()).append("</figure>");
        List<BarChart.Bar> unitBars = byUnit(active, units);
        html.append("<figure class=\"panel chart-panel\"><figcaption>Findings by unit</figcaption>");
        if (unitBars.isEmpty()) {
            html.append("<p class=\"empty-note\">No findings.</p>");
        } else {
            html.append(BarChart.svg("Findings by unit", unitBars.subList(0, Math.min(MAX_UNITS, unitBars.size()))));
            if (unitBars.size() > MAX_UNITS) {
                html.append("<p class=\"more\">+").append(Labels.count(unitBars.size() - MAX_UNITS, "more unit"))
                        .append(" in the findings table</p>");
            }
        }
        return html.append(legend()).append("</figure></div>").toString();
    }

    private static List<BarChart.Bar> byCategory(List<Finding> active) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Category category : Category.values()) {
            int[] counts = new int[Severity.values().length];
            active.stream().filter(f -> f.rule().category() == category).forEach(f -> counts[f.severity().ordinal()]++);
            bars.add(new BarChart.Bar(Labels.of(category), "cat=" + category.id(), counts));
        }
        return bars;
    }

    /** Most findings first, then by name, so the order never depends on the scan's. */
    static List<BarChart.Bar> byUnit(List<Finding> active, FindingUnits units) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Finding finding : active) {
            counts.computeIfAbsent(units.unitOf(finding), u -> new int[Severity.values().length])
                    [finding.severity().ordinal()]++;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        counts.forEach((unit, bySeverity) -> bars.add(new BarChart.Bar(unit, "unit=" + FilterHash.encode(unit), bySeverity)));
        bars.sort(Comparator.comparingInt(BarChart.Bar::total).reversed().thenComparing(BarChart.Bar::label));
        return bars;
    }

    private static String legend() {
        StringBuilder html = new StringBuilder("<ul class=\"legend\">");
        for (Severity severity : Severity.values()) {
            html.append("<li><span class=\"swatch sev-").append(severity.id()).append("\"></span>")
                    .append(Labels.of(severity)).append("</li>");
        }
        return html.append("</ul>").toString();
    }
}
