package dev.plumb.engine;

import java.util.List;

/**
 * How to run one scan: engine settings from configuration, path excludes, and whether to stop
 * after loading (the benchmark's parse-only floor).
 */
public record ScanOptions(EngineSettings settings, List<String> excludes, boolean parseOnly) {

    public static ScanOptions defaults() {
        return new ScanOptions(EngineSettings.defaults(), List.of(), false);
    }
}
