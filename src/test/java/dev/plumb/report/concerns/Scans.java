package dev.plumb.report.concerns;

import dev.plumb.report.CatalogueReporting;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.result.Finding;
import dev.plumb.result.PlatformFacts;
import dev.plumb.rule.RuleMeta;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import dev.plumb.result.Suppression;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Hand-made scan results for the concerns model: findings of real rule ids with the facts around them. */
final class Scans {

    static final Instant SCANNED_AT = Instant.parse("2026-03-04T23:59:00Z");

    private Scans() {
    }

    /** A rule with made-up words, told in reports as the catalogue's rule of that id is. */
    static RuleMeta rule(String id, Category category, Severity severity) {
        return new RuleMeta(id, "Title of " + id, category, severity, Effort.S, "Why " + id + " matters.",
                "Fix " + id + ".", List.of()).withReporting(CatalogueReporting.of(id));
    }

    static Finding finding(RuleMeta rule, String file, int line, Subject subject, String message) {
        return new Finding(rule, rule.severity(), message, file, line, line, subject, rule.id() + file + line, null, null);
    }

    static Finding withFacet(Finding finding, String facet) {
        return new Finding(finding.rule(), finding.severity(), finding.message(), finding.file(), finding.line(),
                finding.endLine(), finding.subject(), finding.fingerprint(), null, null, facet);
    }

    static Finding accepted(Finding finding, String reason, LocalDate expires) {
        return finding.suppressed(new Suppression("config", reason, expires));
    }

    static Subject container(String namespace, String name, String container) {
        return new Subject("Deployment", namespace, name, container);
    }

    static ScanResult result(PlatformFacts facts, Finding... findings) {
        List<RuleMeta> rules = java.util.Arrays.stream(findings).map(Finding::rule).distinct().toList();
        return new ScanResult("test", "/srv/infra", SCANNED_AT, Duration.ofMillis(5), 10, 20, List.of(findings),
                List.of(), rules, facts);
    }
}
