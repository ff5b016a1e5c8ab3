package dev.plumb.config;

import dev.plumb.engine.ConfigException;
import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code .plumb.yaml}. Strict on purpose: an unknown key or rule id is an error with its
 * line, because a misspelt exception that silently does nothing is worse than a refusal.
 */
public final class ConfigReader {

    private static final Set<String> TOP_LEVEL = Set.of("rules", "exclude", "exceptions");
    private static final Set<String> RULE_KEYS = Set.of("enabled", "severity");
    private static final Set<String> EXCEPTION_KEYS = Set.of("rule", "path", "subject", "reason", "expires");

    private final Set<String> knownRules;

    public ConfigReader(Set<String> knownRules) {
        this.knownRules = knownRules;
    }

    public PlumbConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            throw new ConfigError("cannot read " + file + ": " + unreadable.getMessage());
        }
        return parse(file.toString(), text);
    }

    PlumbConfig parse(String name, String text) {
        YamlDocuments parsed = YamlDocuments.parse(name, text);
        if (!parsed.problems().isEmpty()) {
            var problem = parsed.problems().get(0);
            throw new ConfigError(problem.position().file() + ":" + problem.position().line() + ": " + problem.message());
        }
        if (parsed.documents().isEmpty() || parsed.documents().get(0).isNull()) {
            return PlumbConfig.empty();
        }
        Node root = parsed.documents().get(0);
        MapNode top = requireMap(root, "the configuration");
        checkKeys(top, TOP_LEVEL, "top-level key");
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new HashMap<>();
        readRules(top.get("rules"), disabled, severities);
        return new PlumbConfig(Set.copyOf(disabled), Map.copyOf(severities),
                readStrings(top.get("exclude"), "exclude"), readExceptions(top.get("exceptions")));
    }

    private void readRules(Node rules, Set<String> disabled, Map<String, Severity> severities) {
        if (rules.isMissing() || rules.isNull()) {
            return;
        }
        MapNode map = requireMap(rules, "rules");
        map.fields().forEach((id, settings) -> {
            requireKnownRule(id, map.keyPosition(id).line(), settings);
            MapNode ruleSettings = requireMap(settings, "rules." + id);
            checkKeys(ruleSettings, RULE_KEYS, "key under rules." + id);
            Node enabled = ruleSettings.get("enabled");
            if (!enabled.isMissing()) {
                if (!enabled.isTrue() && !enabled.isFalse()) {
                    throw error(enabled, "rules." + id + ".enabled must be true or false");
                }
                if (enabled.isFalse()) {
                    disabled.add(id);
                }
            }
            Node severity = ruleSettings.get("severity");
            if (!severity.isMissing()) {
                severities.put(id, severity(severity, "rules." + id + ".severity"));
            }
        });
    }

    private List<ConfigException> readExceptions(Node exceptions) {
        if (exceptions.isMissing() || exceptions.isNull()) {
            return List.of();
        }
        if (!exceptions.isList()) {
            throw error(exceptions, "exceptions must be a list");
        }
        List<ConfigException> result = new ArrayList<>();
        for (Node entry : exceptions.elements()) {
            MapNode map = requireMap(entry, "an exception");
            checkKeys(map, EXCEPTION_KEYS, "key in an exception");
            String rule = requiredText(map, "rule");
            if (!rule.equals("*")) {
                requireKnownRule(rule, map.get("rule").line(), map.get("rule"));
            }
            String path = map.get("path").text();
            String subject = map.get("subject").text();
            if (path == null && subject == null) {
                throw error(map, "an exception needs a path or a subject glob, so it cannot silence a rule everywhere by accident");
            }
            String reason = requiredText(map, "reason");
            Node expires = map.get("expires");
            LocalDate expiry = expires.isMissing() || expires.isNull() ? null : date(expires);
            result.add(new ConfigException(rule, path, subject, reason, expiry));
        }
        return List.copyOf(result);
    }

    private List<String> readStrings(Node node, String key) {
        if (node.isMissing() || node.isNull()) {
            return List.of();
        }
        if (!node.isList()) {
            throw error(node, key + " must be a list of globs");
        }
        List<String> values = new ArrayList<>();
        for (Node element : node.elements()) {
            if (element.text() == null) {
                throw error(element, key + " entries must be strings");
            }
            values.add(element.text());
        }
        return List.copyOf(values);
    }

    private void requireKnownRule(String id, int line, Node at) {
        if (!knownRules.contains(id)) {
            throw new ConfigError(at.file() + ":" + line + ": unknown rule \"" + id + "\" (see `plumb rules`)");
        }
    }

    private static Severity severity(Node node, String key) {
        String text = node.text();
        try {
            return Severity.parse(text == null ? "" : text);
        } catch (IllegalArgumentException unknown) {
            throw error(node, key + " must be one of " + Arrays.stream(Severity.values()).map(Severity::id).collect(Collectors.joining(", ")));
        }
    }

    private static LocalDate date(Node node) {
        try {
            return LocalDate.parse(node.textOr(""));
        } catch (DateTimeParseException badDate) {
            throw error(node, "expires must be a date like 2027-06-30");
        }
    }

    private static String requiredText(MapNode map, String key) {
        String text = map.get(key).text();
        if (text == null || text.isBlank()) {
            throw error(map, "an exception needs \"" + key + "\"");
        }
        return text;
    }

    private static MapNode requireMap(Node node, String what) {
        if (node instanceof MapNode map) {
            return map;
        }
        throw error(node, what + " must be a mapping");
    }

    private static void checkKeys(MapNode map, Set<String> allowed, String what) {
        for (String key : map.fields().keySet()) {
            if (!allowed.contains(key)) {
                throw new ConfigError(map.keyPosition(key).file() + ":" + map.keyPosition(key).line()
                        + ": unknown " + what + " \"" + key + "\" (expected one of " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static ConfigError error(Node at, String message) {
        return new ConfigError(at.file() + ":" + at.line() + ": " + message);
    }
}
