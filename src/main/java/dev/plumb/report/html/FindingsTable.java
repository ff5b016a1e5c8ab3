package dev.plumb.report.html;

import dev.plumb.report.FindingText;
import dev.plumb.rule.Category;
import dev.plumb.result.Finding;
import dev.plumb.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every active finding, one row each, in the engine's order, with the controls that filter it
 * (text, severity, category, unit) and headers that sort it. The rows carry what the filter and
 * the sort compare as data attributes, so the script never parses cell text.
 */
final class FindingsTable {

    private FindingsTable() {
    }

    static String render(List<Finding> active, Map<Severity, Integer> bySeverity, Map<Category, Integer> byCategory,
                         FindingUnits units) {
        StringBuilder html = new StringBuilder(512 + active.size() * 640);
        html.append("<div class=\"filters\" role=\"search\">");
        html.append("<label class=\"search\"><span class=\"sr-only\">Search findings</span>")
                .append("<input id=\"q\" type=\"search\" placeholder=\"Search rule, file, subject or message\" autocomplete=\"off\" spellcheck=\"false\"></label>");
        html.append("<div class=\"chips\" role=\"group\" aria-label=\"Severity\">");
        for (Severity severity : Severity.values()) {
            html.append("<button type=\"button\" class=\"chip sev-").append(severity.id()).append("\" data-sev=\"")
                    .append(severity.id()).append("\" aria-pressed=\"false\"><span class=\"dot\"></span>")
                    .append(Labels.of(severity)).append(" <span class=\"n\">").append(bySeverity.get(severity))
                    .append("</span></button>");
        }
        html.append("</div>");
        html.append("<label class=\"select\"><span class=\"sr-only\">Category</span><select id=\"cat\">")
                .append("<option value=\"\">All categories</option>");
        for (Category category : Category.values()) {
            if (byCategory.get(category) > 0) {
                html.append("<option value=\"").append(category.id()).append("\">").append(Labels.of(category))
                        .append(" (").append(byCategory.get(category)).append(")</option>");
            }
        }
        html.append("</select></label>");
        Set<String> unitNames = new TreeSet<>();
        active.forEach(f -> unitNames.add(units.unitOf(f)));
        html.append("<label class=\"select\"><span class=\"sr-only\">Unit</span><select id=\"unit\">")
                .append("<option value=\"\">All units</option>");
        for (String unit : unitNames) {
            html.append("<option value=\"").append(Html.escape(unit)).append("\">").append(Html.escape(unit))
                    .append("</option>");
        }
        html.append("</select></label>");
        html.append("<button type=\"button\" id=\"clear\" class=\"clear\">Clear</button></div>");
        html.append("<p class=\"shown\" id=\"shown\" aria-live=\"polite\">").append(Labels.count(active.size(), "finding"))
                .append("</p>");

        html.append("<div class=\"table-wrap\"><table id=\"findings-table\"><thead><tr>");
        header(html, "sev", "Severity", "col-sev");
        header(html, "rule", "Rule", "col-rule");
        header(html, "cat", "Category", "col-cat");
        header(html, "loc", "Location", "col-loc");
        header(html, "msg", "Message", "col-msg");
        html.append("</tr></thead><tbody>");
        int index = 0;
        for (Finding finding : active) {
            row(html, finding, index++, units);
        }
        html.append("</tbody></table>");
        html.append("<p class=\"no-match\" id=\"no-match\"").append(active.isEmpty() ? "" : " hidden").append('>')
                .append(active.isEmpty() ? "No findings: nothing to report." : "No finding matches these filters.")
                .append("</p></div>");
        return html.toString();
    }

    private static void header(StringBuilder html, String key, String label, String css) {
        html.append("<th scope=\"col\" class=\"").append(css).append("\" data-sort=\"").append(key)
                .append("\" aria-sort=\"none\"><button type=\"button\">").append(label)
                .append("<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>");
    }

    private static void row(StringBuilder html, Finding finding, int index, FindingUnits units) {
        String severity = finding.severity().id();
        Category category = finding.rule().category();
        html.append("<tr class=\"finding\" data-i=\"").append(index)
                .append("\" data-sev=\"").append(severity)
                .append("\" data-rank=\"").append(finding.severity().ordinal())
                .append("\" data-cat=\"").append(category.id())
                .append("\" data-unit=\"").append(Html.escape(units.unitOf(finding)))
                .append("\" data-rule=\"").append(Html.escape(finding.rule().id()))
                .append("\" data-file=\"").append(Html.escape(finding.file()))
                .append("\" data-line=\"").append(finding.line()).append("\">");
        html.append("<td class=\"col-sev\"><span class=\"badge sev-").append(severity).append("\">")
                .append(severity).append("</span></td>");
        html.append("<td class=\"col-rule\"><code>").append(Html.escape(finding.rule().id()))
                .append("</code><span class=\"rule-title\">").append(Html.escape(finding.rule().title()))
                .append("</span></td>");
        html.append("<td class=\"col-cat\">").append(Labels.of(category)).append("</td>");
        html.append("<td class=\"col-loc\"><code>").append(Html.breakable(FindingText.location(finding)))
                .append("</code></td>");
        html.append("<td class=\"col-msg\">")
                .append(Html.escape(FindingText.subjectPrefix(finding) + (finding.message() == null ? "" : finding.message())));
        if (finding.note() != null && !finding.note().isBlank()) {
            html.append("<span class=\"note\">").append(Html.escape(finding.note().strip())).append("</span>");
        }
        html.append("</td></tr>");
    }
}
