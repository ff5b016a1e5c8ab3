package dev.plumb.model;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code plumb.dev/ignore: "<rule-id>[,<rule-id>] — reason"} annotation. The reason follows an
 * em dash, " - ", " -- " or ":"; without one, everything after the first space is the reason.
 */
public record IgnoreAnnotation(List<String> ruleIds, String reason) {

    public static final String KEY = "plumb.dev/ignore";

    public static IgnoreAnnotation parse(String value) {
        String text = value.trim();
        String ids = text;
        String reason = "";
        int split = firstSeparator(text);
        if (split >= 0) {
            ids = text.substring(0, split);
            reason = text.substring(split).replaceFirst("^\\s*(—|--|-|:)\\s*", "").trim();
        } else {
            int space = text.indexOf(' ');
            if (space > 0) {
                ids = text.substring(0, space);
                reason = text.substring(space + 1).trim();
            }
        }
        List<String> ruleIds = Arrays.stream(ids.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new IgnoreAnnotation(ruleIds, reason);
    }

    private static int firstSeparator(String text) {
        int best = -1;
        for (String separator : new String[] {"—", " -- ", " - ", ":"}) {
            int at = text.indexOf(separator);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    public boolean covers(String ruleId) {
        return ruleIds.contains(ruleId) || ruleIds.contains("all");
    }

    public boolean hasReason() {
        return !reason.isBlank();
    }
}
