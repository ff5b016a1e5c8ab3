package dev.plumb.report.html;

import dev.plumb.report.concerns.Concern;
import dev.plumb.report.concerns.Concerns;
import dev.plumb.report.concerns.Location;
import dev.plumb.report.concerns.Section;

/**
 * The concerns audit as the page shows it: an index of sections, then per section one card per
 * concern with Issue, Files, Impact, Fix approach and Effort — the same model CONCERNS.md is
 * written from, so the two never disagree.
 */
final class ConcernsSection {

    /** As many places as CONCERNS.md lists before "+N more"; the rest open on request. */
    static final int LOCATIONS_SHOWN = 5;

    private ConcernsSection() {
    }

    static PageSection of(Concerns concerns) {
        StringBuilder html = new StringBuilder(16_384);
        if (concerns.concerns().isEmpty()) {
            html.append("<p class=\"lead\">No open concern.</p>");
            return new PageSection("concerns", "Concerns", html.toString());
        }
        html.append("<p class=\"lead\">").append(Labels.count(concerns.concerns().size(), "concern"))
                .append(", one per rule or theme, most severe first within each section.</p>");
        html.append("<ul class=\"toc\">");
        for (Section section : concerns.sections()) {
            html.append("<li><a href=\"#").append(anchor(section)).append("\">").append(Html.escape(section.heading()))
                    .append("</a> <span class=\"n\">").append(concerns.in(section).size()).append("</span></li>");
        }
        html.append("</ul>");
        for (Section section : concerns.sections()) {
            html.append("<h3 id=\"").append(anchor(section)).append("\">").append(Html.escape(section.heading()))
                    .append("</h3>");
            for (Concern concern : concerns.in(section)) {
                concern(html, concern);
            }
        }
        return new PageSection("concerns", "Concerns", html.toString());
    }

    private static String anchor(Section section) {
        return "concerns-" + section.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void concern(StringBuilder html, Concern concern) {
        String severity = concern.severity().id();
        html.append("<article class=\"concern panel sev-").append(severity).append("\" data-concern=\"")
                .append(Html.escape(concern.id())).append("\">");
        html.append("<header><span class=\"badge sev-").append(severity).append("\">").append(severity)
                .append("</span><h4>").append(Html.escape(concern.title())).append("</h4><span class=\"rules\">");
        for (String rule : concern.rules()) {
            html.append("<a href=\"#q=").append(Html.escape(FilterHash.encode(rule))).append("\"><code>")
                    .append(Html.escape(rule)).append("</code></a>");
        }
        html.append("</span></header><dl>");
        html.append("<dt>Issue</dt><dd>").append(ModelText.inline(concern.issue())).append("</dd>");
        html.append("<dt>Files</dt><dd><ul class=\"locations\">");
        int shown = Math.min(LOCATIONS_SHOWN, concern.locations().size());
        for (int i = 0; i < shown; i++) {
            location(html, concern.locations().get(i));
        }
        html.append("</ul>");
        if (concern.locations().size() > shown) {
            html.append("<details><summary>+").append(concern.locations().size() - shown)
                    .append(" more</summary><ul class=\"locations\">");
            for (int i = shown; i < concern.locations().size(); i++) {
                location(html, concern.locations().get(i));
            }
            html.append("</ul></details>");
        }
        html.append("</dd>");
        html.append("<dt>Impact</dt><dd>").append(ModelText.blocks(concern.impact())).append("</dd>");
        html.append("<dt>Fix approach</dt><dd>").append(ModelText.blocks(concern.fix())).append("</dd>");
        html.append("<dt>Effort</dt><dd>").append(concern.effort().name()).append(" (")
                .append(concern.effort().meaning()).append(concern.findings() == 1 ? ")" : ") each, "
                        + concern.findings() + " places").append("</dd>");
        html.append("</dl></article>");
    }

    private static void location(StringBuilder html, Location location) {
        html.append("<li><code>").append(Html.breakable(location.where())).append("</code>");
        if (!location.subject().isEmpty()) {
            html.append(" — ").append(Html.escape(location.subject()));
        }
        if (!location.detail().isEmpty()) {
            html.append(" <span class=\"detail\">(").append(Html.escape(location.detail())).append(")</span>");
        }
        html.append("</li>");
    }
}
