package dev.plumb.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an operator tells the rules about their platform in {@code .plumb.yaml}; rules that need a
 * setting take it in their constructor.
 *
 * @param allowedRegistries    registries (or registry/path prefixes) images may come from; empty switches the check off
 * @param criticalImages       image-name fragments that mark a workload critical, added to the built-in list
 * @param maxFileLines         a configuration file longer than this is hard to review
 * @param declaredCapabilities capabilities the platform has outside the repository ("backup" → "Borg on the NAS")
 */
public record RuleSettings(List<String> allowedRegistries, List<String> criticalImages, int maxFileLines,
                           Map<String, String> declaredCapabilities) {

    public static final int DEFAULT_MAX_FILE_LINES = 500;

    /** The platform capabilities an operator can declare under {@code capabilities:}, one per missing-capability rule. */
    public static final Set<String> CAPABILITIES = Set.of("backup", "restore-test", "metrics", "logging",
            "uptime-monitoring", "tls-automation", "secret-management", "admission-policy", "ci-validation");

    public RuleSettings {
        allowedRegistries = List.copyOf(allowedRegistries);
        criticalImages = List.copyOf(criticalImages);
        declaredCapabilities = Map.copyOf(declaredCapabilities);
    }

    public static RuleSettings defaults() {
        return new RuleSettings(List.of(), List.of(), DEFAULT_MAX_FILE_LINES, Map.of());
    }

    /** The operator's note for a capability they say they have, or null. */
    public String declared(String capability) {
        return declaredCapabilities.get(capability);
    }
}
