package dev.plumb.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run one scan: engine settings from configuration, path excludes, whether to stop after
 * loading (the benchmark's parse-only floor), and whether to gather the platform facts the concerns
 * audit and the compliance matrix need ({@code facts}), with the folder globs that make compliance
 * units ({@code compliance.units}; empty: charts, Terraform stacks and each folder of workloads).
 * A plain scan leaves facts out: no console, JSON or SARIF line uses them. {@code ownOutputs} are
 * files about to be written, which the scan must not read as input. {@code terraformVarFiles} are
 * the var files the configuration names (stack directory → files, root-relative).
 */
public record ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly, boolean facts,
                          List<String> units, List<Path> ownOutputs, Map<String, List<String>> terraformVarFiles) {

    public ScanOptions {
        units = List.copyOf(units);
        ownOutputs = List.copyOf(ownOutputs);
        terraformVarFiles = Map.copyOf(terraformVarFiles);
    }

    public ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly) {
        this(settings, excludes, parseOnly, false, List.of(), List.of(), Map.of());
    }

    /** A full scan that also gathers the facts reports count and judge by. */
    public static ScanOptions withFacts(EngineSettings settings, List<String> excludes, List<String> units) {
        return new ScanOptions(settings, excludes, false, true, units, List.of(), Map.of());
    }

    /** The same scan, leaving out the files the caller is about to write ({@code plumb report}'s own output). */
    public ScanOptions writing(List<Path> outputs) {
        return new ScanOptions(settings, excludes, parseOnly, facts, units, outputs, terraformVarFiles);
    }

    public ScanOptions withTerraformVarFiles(Map<String, List<String>> varFiles) {
        return new ScanOptions(settings, excludes, parseOnly, facts, units, ownOutputs, varFiles);
    }

    public static ScanOptions defaults() {
        return new ScanOptions(EngineSettings.defaults(), List.of(), false);
    }
}
