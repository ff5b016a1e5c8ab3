package dev.plumb.engine;

import java.util.List;
import java.util.Map;

/**
 * How to run one scan: engine settings from configuration, path excludes, whether to stop after
 * loading (the benchmark's parse-only floor), and the Terraform var files the configuration names
 * (stack directory → files, root-relative).
 */
public record ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly,
                          Map<String, List<String>> terraformVarFiles) {

    public ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly) {
        this(settings, excludes, parseOnly, Map.of());
    }

    public static ScanOptions defaults() {
        return new ScanOptions(EngineSettings.defaults(), List.of(), false);
    }

    public ScanOptions withTerraformVarFiles(Map<String, List<String>> varFiles) {
        return new ScanOptions(settings, excludes, parseOnly, Map.copyOf(varFiles));
    }
}
