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
 * the var files the configuration names (stack directory → files, root-relative). {@code liveness} says
 * which folders are retired or live beyond what their names say, and whether retired findings count.
 */
public record ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly, boolean facts,
                          List<String> units, List<Path> ownOutputs, Map<String, List<String>> terraformVarFiles,
                          Liveness liveness) {

    /**
     * @param retired folder globs {@code .plumb.yaml} lists as retired
     * @param live    folder globs that are live whatever their name or README says
     * @param include count retired and test content ({@code --include-retired})
     */
    public record Liveness(List<String> retired, List<String> live, boolean include) {

        public static final Liveness DEFAULT = new Liveness(List.of(), List.of(), false);

        public Liveness {
            retired = List.copyOf(retired);
            live = List.copyOf(live);
        }

        public Liveness including(boolean retiredContent) {
            return new Liveness(retired, live, retiredContent);
        }
    }

    public ScanOptions {
        units = List.copyOf(units);
        ownOutputs = List.copyOf(ownOutputs);
        terraformVarFiles = Map.copyOf(terraformVarFiles);
        liveness = liveness == null ? Liveness.DEFAULT : liveness;
    }

    public ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly) {
        this(settings, excludes, parseOnly, false, List.of(), List.of(), Map.of(), Liveness.DEFAULT);
    }

    /** A full scan that also gathers the facts reports count and judge by. */
    public static ScanOptions withFacts(EngineSettings settings, List<String> excludes, List<String> units) {
        return new ScanOptions(settings, excludes, false, true, units, List.of(), Map.of(), Liveness.DEFAULT);
    }

    /** The same scan, leaving out the files the caller is about to write ({@code plumb report}'s own output). */
    public ScanOptions writing(List<Path> outputs) {
        return new ScanOptions(settings, excludes, parseOnly, facts, units, outputs, terraformVarFiles, liveness);
    }

    public ScanOptions withTerraformVarFiles(Map<String, List<String>> varFiles) {
        return new ScanOptions(settings, excludes, parseOnly, facts, units, ownOutputs, varFiles, liveness);
    }

    public ScanOptions withLiveness(Liveness rules) {
        return new ScanOptions(settings, excludes, parseOnly, facts, units, ownOutputs, terraformVarFiles, rules);
    }

    public static ScanOptions defaults() {
        return new ScanOptions(EngineSettings.defaults(), List.of(), false);
    }
}
