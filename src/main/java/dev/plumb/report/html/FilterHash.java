package dev.plumb.report.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The table's filter lives in the page's fragment ({@code #q=…&sev=high,critical&cat=…&unit=…}),
 * so a filtered view can be bookmarked or sent, and cards and bars link to one. Values are
 * percent-encoded the way the page's script decodes them (decodeURIComponent: a space is %20, not +).
 */
final class FilterHash {

    private FilterHash() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
