package dev.plumb.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Kubernetes label selector: matchLabels plus matchExpressions (In, NotIn, Exists, DoesNotExist).
 * An empty selector matches every pod; {@link #NOTHING} (an absent or malformed selector) matches none. A
 * selector with an operator or value plumb cannot read is {@link #isUnreadable() unreadable}:
 * rules must not conclude anything from it.
 */
public final class LabelSelector {

    public static final LabelSelector NOTHING = new LabelSelector(Map.of(), List.of(), false, true);

    private record Requirement(String key, String operator, Set<String> values) {
        boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
        }
    }

    private final Map<String, String> matchLabels;
    private final List<Requirement> requirements;
    private final boolean unreadable;
    private final boolean matchesNothing;

    private LabelSelector(Map<String, String> matchLabels, List<Requirement> requirements,
                          boolean unreadable, boolean matchesNothing) {
        this.matchLabels = matchLabels;
        this.requirements = requirements;
        this.unreadable = unreadable;
        this.matchesNothing = matchesNothing;
    }

    /** A set-based selector node ({@code matchLabels} / {@code matchExpressions}); absent → {@link #NOTHING}. */
    public static LabelSelector of(Node selector) {
        if (selector.isMissing() || selector.isNull()) {
            return NOTHING;
        }
        if (!selector.isMap()) {
            return new LabelSelector(Map.of(), List.of(), true, false);
        }
        if (selector.fields().keySet().stream().anyMatch(key -> !key.equals("matchLabels") && !key.equals("matchExpressions"))) {
            // Labels written straight under the selector ("podSelector: {app: web}"): the API server
            // rejects the object, or drops the keys and selects everything. Either way, not what was meant.
            return NOTHING;
        }
        boolean unreadable = hasUnreadableValue(selector.get("matchLabels"));
        List<Requirement> requirements = new ArrayList<>();
        for (Node expression : selector.get("matchExpressions").elements()) {
            String key = expression.get("key").text();
            String operator = expression.get("operator").text();
            if (key == null || operator == null
                    || !Set.of("In", "NotIn", "Exists", "DoesNotExist").contains(operator)) {
                unreadable = true;
                continue;
            }
            Set<String> values = expression.get("values").elements().stream()
                    .map(Node::text)
                    .filter(v -> v != null)
                    .collect(Collectors.toUnmodifiableSet());
            requirements.add(new Requirement(key, operator, values));
        }
        return new LabelSelector(selector.get("matchLabels").stringMap(), List.copyOf(requirements), unreadable, false);
    }

    /** An equality-only selector such as a Service's {@code spec.selector}; absent or empty → {@link #NOTHING}. */
    public static LabelSelector ofEquality(Node selector) {
        if (!selector.isMap() || selector.fields().isEmpty()) {
            return NOTHING;
        }
        return new LabelSelector(selector.stringMap(), List.of(), hasUnreadableValue(selector), false);
    }

    private static boolean hasUnreadableValue(Node map) {
        return map.fields().values().stream().anyMatch(value -> value.text() == null);
    }

    public boolean matches(Map<String, String> labels) {
        if (matchesNothing || unreadable) {
            return false;
        }
        for (Map.Entry<String, String> required : matchLabels.entrySet()) {
            if (!required.getValue().equals(labels.get(required.getKey()))) {
                return false;
            }
        }
        return requirements.stream().allMatch(requirement -> requirement.matches(labels));
    }

    /** One label every selected pod must carry, when the selector requires one by equality: an index key. */
    Optional<Map.Entry<String, String>> someRequiredLabel() {
        return matchLabels.entrySet().stream().findFirst();
    }

    public boolean matchesEverything() {
        return !matchesNothing && !unreadable && matchLabels.isEmpty() && requirements.isEmpty();
    }

    public boolean matchesNothing() {
        return matchesNothing;
    }

    public boolean isUnreadable() {
        return unreadable;
    }

    @Override
    public String toString() {
        if (matchesNothing) {
            return "<none>";
        }
        List<String> parts = new ArrayList<>();
        matchLabels.forEach((key, value) -> parts.add(key + "=" + value));
        requirements.forEach(r -> parts.add(r.key() + " " + r.operator() + " " + r.values()));
        return parts.isEmpty() ? "{}" : String.join(",", parts);
    }
}
