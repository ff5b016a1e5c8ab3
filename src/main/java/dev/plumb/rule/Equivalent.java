package dev.plumb.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One entry of {@link RuleInfo#equivalents()}: a check of another scanner that judges the same thing. */
public record Equivalent(Tool tool, String check) {

    /** The scanners plumb maps to, with the shape their check ids take. */
    public enum Tool {
        POLARIS("polaris", "Polaris", "[a-z][A-Za-z0-9]*"),
        KUBE_SCORE("kube-score", "kube-score", "[a-z0-9]+(-[a-z0-9]+)*"),
        KUBE_LINTER("kube-linter", "kube-linter", "[a-z0-9]+(-[a-z0-9]+)*"),
        CHECKOV("checkov", "Checkov", "CKV2?_[A-Z0-9]+_[0-9]+");

        private final String prefix;
        private final String displayName;
        private final Pattern id;

        Tool(String prefix, String displayName, String id) {
            this.prefix = prefix;
            this.displayName = displayName;
            this.id = Pattern.compile(id);
        }

        public String prefix() {
            return prefix;
        }

        public String displayName() {
            return displayName;
        }

        boolean accepts(String check) {
            return id.matcher(check).matches();
        }
    }

    /** {@code "kube-linter:latest-tag"}; empty when the prefix is unknown or the id is not shaped like that tool's. */
    public static Optional<Equivalent> parse(String entry) {
        int colon = entry.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String prefix = entry.substring(0, colon);
        String check = entry.substring(colon + 1);
        for (Tool tool : Tool.values()) {
            if (tool.prefix.equals(prefix) && tool.accepts(check)) {
                return Optional.of(new Equivalent(tool, check));
            }
        }
        return Optional.empty();
    }

    /** The well-formed entries of a rule, in the order written. */
    public static List<Equivalent> of(RuleMeta rule) {
        return rule.equivalents().stream().map(Equivalent::parse).flatMap(Optional::stream).toList();
    }

    /** The rule's checks by scanner, scanners in the order first written, so a line names each scanner once. */
    public static Map<Tool, List<String>> byTool(RuleMeta rule) {
        Map<Tool, List<String>> byTool = new LinkedHashMap<>();
        for (Equivalent equivalent : of(rule)) {
            byTool.computeIfAbsent(equivalent.tool(), tool -> new ArrayList<>()).add(equivalent.check());
        }
        return byTool;
    }
}
