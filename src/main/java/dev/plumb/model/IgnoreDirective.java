package dev.plumb.model;

import java.util.List;

/**
 * A {@code # plumb:ignore <rule-id>[,<rule-id>] <reason>} comment. {@code targetLine} is the line
 * it silences: its own line for a trailing comment, the next content line for a comment on its own.
 */
public record IgnoreDirective(Position position, int targetLine, List<String> ruleIds, String reason) {

    public boolean covers(String ruleId) {
        return ruleIds.contains(ruleId) || ruleIds.contains("all");
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
