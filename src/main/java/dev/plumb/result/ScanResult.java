package dev.plumb.result;

import dev.plumb.model.Coverage;
import dev.plumb.model.SkippedFile;
import dev.plumb.rule.Category;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one scan found: the input reports are written from. Reports never re-derive findings.
 * {@code coverage} says what was analysed; findings in retired or test content count only when
 * {@code includeRetired}.
 */
public record ScanResult(String toolVersion, String root, Instant scannedAt, Duration elapsed, int files, int resources,
                         List<Finding> findings, List<SkippedFile> skipped, List<RuleMeta> rules, PlatformFacts facts,
                         Coverage coverage, boolean includeRetired) {

    public ScanResult(String toolVersion, String root, Instant scannedAt, Duration elapsed, int files, int resources,
                      List<Finding> findings, List<SkippedFile> skipped, List<RuleMeta> rules, PlatformFacts facts) {
        this(toolVersion, root, scannedAt, elapsed, files, resources, findings, skipped, rules, facts, Coverage.NONE, false);
    }

    /** A result without platform facts (a parse-only scan, a report test that needs only findings). */
    public ScanResult(String toolVersion, String root, Instant scannedAt, Duration elapsed, int files, int resources,
                      List<Finding> findings, List<SkippedFile> skipped, List<RuleMeta> rules) {
        this(toolVersion, root, scannedAt, elapsed, files, resources, findings, skipped, rules, PlatformFacts.NONE);
    }

    /** The findings that count: not suppressed, and live unless retired content was asked for. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.isSuppressed() && counts(f)).toList();
    }

    public List<Finding> suppressed() {
        return findings.stream().filter(f -> f.isSuppressed() && counts(f)).toList();
    }

    /** Findings in retired or test content, left out of counts and gates (empty with {@code includeRetired}). */
    public List<Finding> notLive() {
        return includeRetired ? List.of() : findings.stream().filter(f -> !f.isLive()).toList();
    }

    /** Every finding the reports show: all of them but those in retired or test content, unless asked for. */
    public List<Finding> shown() {
        return findings.stream().filter(this::counts).toList();
    }

    private boolean counts(Finding finding) {
        return includeRetired || finding.isLive();
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
