package dev.plumb.report.html;

import dev.plumb.model.SkippedFile;
import dev.plumb.report.FindingText;
import dev.plumb.result.Finding;
import java.util.List;

/**
 * What the counts leave out, listed so nothing is silently missing: findings under a suppression
 * (with who accepted them and why), and files the scan skipped (with why).
 */
final class SetAsideLists {

    private SetAsideLists() {
    }

    static String suppressed(List<Finding> suppressed) {
        StringBuilder html = new StringBuilder(256 + suppressed.size() * 320);
        html.append("<div class=\"table-wrap\"><table class=\"plain\"><thead><tr><th scope=\"col\">Rule</th>")
                .append("<th scope=\"col\">Location</th><th scope=\"col\">Accepted by</th><th scope=\"col\">Reason</th>")
                .append("<th scope=\"col\">Until</th>")
                .append("</tr></thead><tbody>");
        for (Finding finding : suppressed) {
            html.append("<tr class=\"suppressed\"><td><code>").append(Html.escape(finding.rule().id()))
                    .append("</code></td><td><code>").append(Html.breakable(FindingText.location(finding)))
                    .append("</code></td><td>").append(Html.escape(finding.suppression().by()))
                    .append("</td><td>").append(Html.escape(finding.suppression().reason())).append("</td><td>")
                    .append(finding.suppression().expires() == null ? "no expiry" : finding.suppression().expires().toString())
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    static String skipped(List<SkippedFile> skipped) {
        StringBuilder html = new StringBuilder(128 + skipped.size() * 160).append("<ul class=\"skipped\">");
        for (SkippedFile file : skipped) {
            html.append("<li><code>").append(Html.breakable(file.path())).append("</code> — ")
                    .append(Html.escape(file.reason())).append("</li>");
        }
        return html.append("</ul>").toString();
    }
}
