package dev.plumb.config;

import dev.plumb.engine.ConfigException;
import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.report.compliance.Control;
import dev.plumb.rule.RuleSettings;
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

    private static final Set<String> TOP_LEVEL = Set.of(
            "rules", "exclude", "exceptions", "images", "criticalImages", "techDebt", "capabilities", "compliance",
            "terraform", "retired", "live");
    private static final Set<String> COMPLIANCE_KEYS = Set.of("units", "controls");
    private static final Set<String> TERRAFORM_KEYS = Set.of("varFiles");
    private static final Set<String> VAR_FILE_KEYS = Set.of("stack", "file");
    private static final Set<String> IMAGE_KEYS = Set.of("allowedRegistries");
    private static final Set<String> TECH_DEBT_KEYS = Set.of("maxFileLines");
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
        List<String> units = List.of();
        List<Control> controls = List.of();
        Node compliance = top.get("compliance");
        if (!compliance.isMissing() && !compliance.isNull()) {
            MapNode map = requireMap(compliance, "compliance");
            checkKeys(map, COMPLIANCE_KEYS, "key under compliance");
            units = readStrings(map.get("units"), "compliance.units");
            controls = readControls(map.get("controls"));
        }
        return new PlumbConfig(Set.copyOf(disabled), Map.copyOf(severities),
                readStrings(top.get("exclude"), "exclude"), readExceptions(top.get("exceptions")), readRuleSettings(top),
                units, controls, readVarFiles(top.get("terraform")), readStrings(top.get("retired"), "retired"),
                readStrings(top.get("live"), "live"));
    }

    /** {@code compliance.controls}: the matrix's columns, in the order given; an unknown id is an error with its line. */
    private List<Control> readControls(Node node) {
        List<String> ids = readStrings(node, "compliance.controls");
        List<Control> controls = new ArrayList<>();
        List<Node> elements = node.elements();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Node at = elements.get(i);
            Control control = Control.byId(id).orElseThrow(() -> error(at,
                    "unknown control \"" + id + "\" (expected one of " + String.join(", ", Control.ids()) + ")"));
            if (controls.contains(control)) {
                throw error(at, "control \"" + id + "\" is listed twice");
            }
            controls.add(control);
        }
        return List.copyOf(controls);
    }

    /**
     * {@code terraform: {varFiles: [stacks/shop/prod.tfvars, {stack: stacks/shop, file: envs/shop.tfvars}]}}:
     * a path alone applies to the stack in its own directory; the long form names the stack.
     */
    private static Map<String, List<String>> readVarFiles(Node terraform) {
        if (terraform.isMissing() || terraform.isNull()) {
            return Map.of();
        }
        MapNode map = requireMap(terraform, "terraform");
        checkKeys(map, TERRAFORM_KEYS, "key under terraform");
        Node entries = map.get("varFiles");
        if (entries.isMissing() || entries.isNull()) {
            return Map.of();
        }
        if (!entries.isList()) {
            throw error(entries, "terraform.varFiles must be a list");
        }
        Map<String, List<String>> byStack = new java.util.LinkedHashMap<>();
        for (Node entry : entries.elements()) {
            String stack;
            String file;
            if (entry instanceof MapNode longForm) {
                checkKeys(longForm, VAR_FILE_KEYS, "key in a terraform.varFiles entry");
                stack = relativePath(longForm.get("stack"), "stack", true);
                file = relativePath(longForm.get("file"), "file", false);
            } else {
                file = relativePath(entry, "entry", false);
                stack = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
            }
            byStack.computeIfAbsent(stack, s -> new ArrayList<>()).add(file);
        }
        Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        byStack.forEach((stack, files) -> result.put(stack, List.copyOf(files)));
        return Map.copyOf(result);
    }

    /** A path relative to the scanned root, '/'-separated, without "." or ".." segments. */
    private static String relativePath(Node node, String what, boolean directory) {
        String text = node.text();
        if (text == null || text.isBlank()) {
            throw error(node, "terraform.varFiles " + what + " must be a path relative to the scanned directory");
        }
        String path = text.strip().replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (directory && (path.equals(".") || path.endsWith("/"))) {
            path = path.equals(".") ? "" : path.substring(0, path.length() - 1);
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".") || (path.startsWith("/"))) {
                throw error(node, "terraform.varFiles " + what + " must stay inside the scanned directory");
            }
        }
        return path;
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

    private RuleSettings readRuleSettings(MapNode top) {
        List<String> registries = List.of();
        Node images = top.get("images");
        if (!images.isMissing() && !images.isNull()) {
            MapNode map = requireMap(images, "images");
            checkKeys(map, IMAGE_KEYS, "key under images");
            registries = readStrings(map.get("allowedRegistries"), "images.allowedRegistries");
        }
        int maxLines = RuleSettings.DEFAULT_MAX_FILE_LINES;
        Node techDebt = top.get("techDebt");
        if (!techDebt.isMissing() && !techDebt.isNull()) {
            MapNode map = requireMap(techDebt, "techDebt");
            checkKeys(map, TECH_DEBT_KEYS, "key under techDebt");
            Node lines = map.get("maxFileLines");
            if (!lines.isMissing()) {
                maxLines = lines.asLong().filter(n -> n > 0 && n < Integer.MAX_VALUE).map(Long::intValue)
                        .orElseThrow(() -> error(lines, "techDebt.maxFileLines must be a positive whole number"));
            }
        }
        return new RuleSettings(registries, readStrings(top.get("criticalImages"), "criticalImages"), maxLines,
                readCapabilities(top.get("capabilities")));
    }

    /** {@code capabilities: {backup: "Borg on the NAS"}}: what the platform has outside the repository, and where. */
    private static Map<String, String> readCapabilities(Node capabilities) {
        if (capabilities.isMissing() || capabilities.isNull()) {
            return Map.of();
        }
        MapNode map = requireMap(capabilities, "capabilities");
        checkKeys(map, RuleSettings.CAPABILITIES, "capability");
        Map<String, String> declared = new HashMap<>();
        map.fields().forEach((name, note) -> {
            String text = note.text();
            if (text == null || text.isBlank()) {
                throw error(note, "capabilities." + name + " needs a note saying where the platform has it");
            }
            declared.put(name, text);
        });
        return Map.copyOf(declared);
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
            throw error(node, key + " must be a list");
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
