package dev.plumb.report.html;

import dev.plumb.rule.Severity;
import java.util.List;

/**
 * A horizontal bar per row, stacked by severity, drawn as inline SVG on the server: no chart
 * library, nothing fetched, and the same bytes on every run. Each bar links to the findings table
 * filtered to its row (a fragment link, so nothing is loaded).
 */
final class BarChart {

    /** One bar: what it counts, the table filter it opens, and its active findings per severity. */
    record Bar(String label, String filter, int[] bySeverity) {

        int total() {
            int sum = 0;
            for (int n : bySeverity) {
                sum += n;
            }
            return sum;
        }
    }

    private static final int WIDTH = 560;
    private static final int LABEL_WIDTH = 168;
    private static final int COUNT_WIDTH = 44;
    private static final int ROW_HEIGHT = 28;
    private static final int BAR_HEIGHT = 16;

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::total).max().orElse(0));
        int height = bars.size() * ROW_HEIGHT + 4;
        double scale = (WIDTH - LABEL_WIDTH - COUNT_WIDTH) / (double) max;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-label=\"").append(Html.escape(title)).append("\">");
        int y = 0;
        for (Bar bar : bars) {
            int barTop = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            int textBaseline = y + ROW_HEIGHT / 2 + 5;
            svg.append("<a href=\"#").append(Html.escape(bar.filter())).append("\" class=\"bar\">");
            svg.append("<title>").append(Html.escape(bar.label())).append(": ").append(tooltip(bar)).append("</title>");
            svg.append("<rect class=\"row\" x=\"0\" y=\"").append(y).append("\" width=\"").append(WIDTH)
                    .append("\" height=\"").append(ROW_HEIGHT).append("\"/>");
            svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(textBaseline)
                    .append("\" text-anchor=\"end\">").append(Html.escape(shorten(bar.label()))).append("</text>");
            svg.append("<rect class=\"track\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(barTop)
                    .append("\" width=\"").append(WIDTH - LABEL_WIDTH - COUNT_WIDTH).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\" rx=\"3\"/>");
            double x = LABEL_WIDTH;
            for (Severity severity : Severity.values()) {
                int n = bar.bySeverity()[severity.ordinal()];
                if (n == 0) {
                    continue;
                }
                double w = n * scale;
                svg.append("<rect class=\"sev-").append(severity.id()).append("\" x=\"").append(number(x))
                        .append("\" y=\"").append(barTop).append("\" width=\"").append(number(w))
                        .append("\" height=\"").append(BAR_HEIGHT).append("\"/>");
                x += w;
            }
            svg.append("<text class=\"count\" x=\"").append(number(x + 6)).append("\" y=\"").append(textBaseline)
                    .append("\">").append(bar.total()).append("</text>");
            svg.append("</a>");
            y += ROW_HEIGHT;
        }
        return svg.append("</svg>").toString();
    }

    private static String tooltip(Bar bar) {
        StringBuilder text = new StringBuilder();
        text.append(bar.total()).append(bar.total() == 1 ? " finding" : " findings");
        String separator = " (";
        for (Severity severity : Severity.values()) {
            int n = bar.bySeverity()[severity.ordinal()];
            if (n > 0) {
                text.append(separator).append(n).append(' ').append(severity.id());
                separator = ", ";
            }
        }
        return separator.equals(", ") ? text.append(')').toString() : text.toString();
    }

    /** Long folder names would run into the bars; the full name stays in the tooltip. */
    private static String shorten(String label) {
        return label.length() <= 24 ? label : label.substring(0, 11) + "…" + label.substring(label.length() - 11);
    }

    /** One decimal, fixed: a double's own toString would vary in length and could print exponents. */
    private static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }
}
