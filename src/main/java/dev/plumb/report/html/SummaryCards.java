package dev.plumb.report.html;

import dev.plumb.rule.Category;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import java.util.Map;

/** One card per severity, one tile per category; each opens the findings table filtered to it. */
final class SummaryCards {

    private SummaryCards() {
    }

    static String severities(ScanResult result) {
        Map<Severity, Integer> counts = result.countsBySeverity();
        StringBuilder html = new StringBuilder(1024).append("<div class=\"cards severities\">");
        for (Severity severity : Severity.values()) {
            int n = counts.get(severity);
            html.append("<a class=\"card sev-").append(severity.id()).append(n == 0 ? " zero" : "")
                    .append("\" href=\"#sev=").append(severity.id()).append("\" data-card-severity=\"")
                    .append(severity.id()).append("\"><span class=\"count\">").append(n)
                    .append("</span><span class=\"what\">").append(Labels.of(severity)).append("</span></a>");
        }
        return html.append("</div>").toString();
    }

    static String categories(ScanResult result) {
        Map<Category, Integer> counts = result.countsByCategory();
        StringBuilder html = new StringBuilder(1024).append("<div class=\"cards categories\">");
        for (Category category : Category.values()) {
            int n = counts.get(category);
            html.append("<a class=\"tile").append(n == 0 ? " zero" : "").append("\" href=\"#cat=")
                    .append(category.id()).append("\" data-card-category=\"").append(category.id())
                    .append("\"><span class=\"count\">").append(n).append("</span><span class=\"what\">")
                    .append(Labels.of(category)).append("</span></a>");
        }
        return html.append("</div>").toString();
    }
}
