package dev.plumb.rule;

import dev.plumb.model.SkippedFile;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What one scan found: the input reports are written from. Reports never re-derive findings. */
public record ScanResult(String toolVersion, String root, Instant scannedAt, Duration elapsed, int files, int resources,
                         List<Finding> findings, List<SkippedFile> skipped, List<RuleMeta> rules, PlatformFacts facts) {

    /** A result without platform facts (a parse-only scan, a report test that needs only findings). */
    public ScanResult(String toolVersion, String root, Instant scannedAt, Duration elapsed, int files, int resources,
                      List<Finding> findings, List<SkippedFile> skipped, List<RuleMeta> rules) {
        this(toolVersion, root, scannedAt, elapsed, files, resources, findings, skipped, rules, PlatformFacts.NONE);
    }

    public List<Finding> active() {
        return findings.stream().filter(f -> !f.isSuppressed()).toList();
    }

    public List<Finding> suppressed() {
        return findings.stream().filter(Finding::isSuppressed).toList();
    }

    /** Active findings per severity, every severity present (zero when none). */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        active().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** Active findings per category, every category present. */
    public Map<Category, Integer> countsByCategory() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, 0);
        }
        active().forEach(f -> counts.merge(f.rule().category(), 1, Integer::sum));
        return counts;
    }

    public boolean hasActiveAtOrAbove(Severity threshold) {
        return active().stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
