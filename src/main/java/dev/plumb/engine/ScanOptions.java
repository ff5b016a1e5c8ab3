package dev.plumb.engine;

import java.util.List;

/**
 * How to run one scan: engine settings from configuration, path excludes, whether to stop after
 * loading (the benchmark's parse-only floor), and whether to gather the platform facts the concerns
 * audit and the compliance matrix need ({@code facts}), with the folder globs that make compliance
 * units ({@code compliance.units}; empty: charts, Terraform stacks and each folder of workloads).
 * A plain scan leaves facts out: no console, JSON or SARIF line uses them.
 */
public record ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly, boolean facts,
                          List<String> units) {

    public ScanOptions {
        units = List.copyOf(units);
    }

    public ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly) {
        this(settings, excludes, parseOnly, false, List.of());
    }

    /** A full scan that also gathers the facts reports count and judge by. */
    public static ScanOptions withFacts(EngineSettings settings, List<String> excludes, List<String> units) {
        return new ScanOptions(settings, excludes, false, true, units);
    }

    public static ScanOptions defaults() {
        return new ScanOptions(EngineSettings.defaults(), List.of(), false);
    }
}
