package dev.plumb.engine;

import java.util.List;

/**
 * How to run one scan: engine settings from configuration, path excludes, whether to stop after
 * loading (the benchmark's parse-only floor), and the folder globs that make compliance units
 * ({@code compliance.units}; empty: charts, Terraform stacks and each folder of workloads).
 */
public record ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly, List<String> units) {

    public ScanOptions {
        units = List.copyOf(units);
    }

    public ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly) {
        this(settings, excludes, parseOnly, List.of());
    }

    public static ScanOptions defaults() {
        return new ScanOptions(EngineSettings.defaults(), List.of(), false);
    }
}
