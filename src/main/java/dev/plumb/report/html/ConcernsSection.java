package dev.plumb.report.html;

import dev.plumb.report.concerns.Concern;
import dev.plumb.report.concerns.Concerns;
import dev.plumb.report.concerns.Location;
import dev.plumb.report.concerns.Section;
import dev.plumb.rule.RuleMeta;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** @param rules the scan's rule metadata, for each concern's references */
    static PageSection of(Concerns concerns, List<RuleMeta> rules) {
        Map<String, RuleMeta> byId = new HashMap<>();
        rules.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
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
                    .append(" <span class=\"n\">").append(concerns.in(section).size()).append("</span></a></li>");
        }
        html.append("</ul>");
        for (Section section : concerns.sections()) {
            html.append("<h3 id=\"").append(anchor(section)).append("\">").append(Html.escape(section.heading()))
                    .append("</h3>");
            for (Concern concern : concerns.in(section)) {
                concern(html, concern, byId);
            }
        }
        return new PageSection("concerns", "Concerns", html.toString());
    }

    private static String anchor(Section section) {
        return "concerns-" + section.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void concern(StringBuilder html, Concern concern, Map<String, RuleMeta> rules) {
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
        references(html, concern, rules);
        html.append("</dl></article>");
    }

    /**
     * Links the reader may follow; nothing is fetched by the page itself. Only http(s) addresses
     * become links, and the text leaves the scheme out so a URL only ever appears inside href.
     */
    private static void references(StringBuilder html, Concern concern, Map<String, RuleMeta> rules) {
        Set<String> urls = new LinkedHashSet<>();
        for (String id : concern.rules()) {
            RuleMeta rule = rules.get(id);
            if (rule != null) {
                urls.addAll(rule.references());
            }
        }
        if (urls.isEmpty()) {
            return;
        }
        html.append("<dt>References</dt><dd><ul class=\"references\">");
        for (String url : urls) {
            String shown = url.replaceFirst("^https?://", "");
            html.append("<li>");
            if (url.startsWith("https://") || url.startsWith("http://")) {
                html.append("<a href=\"").append(Html.escape(url)).append("\" rel=\"noopener noreferrer\" target=\"_blank\">")
                        .append(Html.escape(shown)).append("</a>");
            } else {
                html.append(Html.escape(shown));
            }
            html.append("</li>");
        }
        html.append("</ul></dd>");
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
