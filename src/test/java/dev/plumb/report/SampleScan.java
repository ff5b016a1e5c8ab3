package dev.plumb.report;

import dev.plumb.model.SkippedFile;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.result.Finding;
import dev.plumb.rule.RuleMeta;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import dev.plumb.result.Suppression;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A hand-made scan with one of each shape a report has to lay out, in the engine's order. */
final class SampleScan {

    static final String ROOT = "/srv/infra repo";
    static final Instant SCANNED_AT = Instant.parse("2026-02-01T10:15:30.123456Z");

    static final RuleMeta CLUSTER_ADMIN = rule("cluster-admin-binding", "Binding grants cluster-admin",
            Category.SECURITY, Severity.CRITICAL);
    static final RuleMeta KEY_MATERIAL = rule("key-material-committed", "Private key committed",
            Category.SECURITY, Severity.HIGH);
    static final RuleMeta PARSE_ERROR = rule("parse-error", "File could not be parsed",
            Category.RELIABILITY, Severity.HIGH);
    static final RuleMeta PRIVILEGED = rule("privileged-container", "Privileged container",
            Category.SECURITY, Severity.HIGH);
    static final RuleMeta MUTABLE_TAG = rule("image-tag-mutable", "Image uses a mutable tag",
            Category.DEPENDENCIES, Severity.MEDIUM);
    static final RuleMeta PROBES = rule("probes-missing", "Container has no probes",
            Category.RELIABILITY, Severity.LOW);
    /** Declared by the scan but silent: SARIF must still describe it. */
    static final RuleMeta NETPOL = rule("network-policy-missing", "Namespace has no NetworkPolicy",
            Category.SECURITY, Severity.MEDIUM);

    static final Subject API = new Subject("Deployment", "web", "api", "app");

    private SampleScan() {
    }

    static ScanResult result() {
        List<Finding> findings = List.of(
                finding(CLUSTER_ADMIN, "binds ServiceAccount ops/deployer to cluster-admin", "rbac/admin.yaml", 3, 14,
                        new Subject("ClusterRoleBinding", "", "deployer-admin", ""), null, null),
                finding(KEY_MATERIAL, "an RSA private key (1679 bytes) is committed", "keys/deploy key.pem", 0, 0,
                        Subject.NONE, null, null),
                finding(PARSE_ERROR, "mapping values are not allowed here\n in reader, line 4\n    image: a: b\n            ^",
                        "broken/values.yaml", 4, 4, Subject.NONE, null, null),
                finding(PRIVILEGED, "runs privileged", "apps/api.yaml", 20, 20, API, null,
                        "exception expired 2026-01-31"),
                finding(PRIVILEGED, "runs privileged", "apps/worker.yaml", 18, 18,
                        new Subject("Deployment", "web", "worker", "worker"), null, null),
                finding(MUTABLE_TAG, "image `my_app:*` | tag <latest> is mutable", "apps/api.yaml", 19, 19, API,
                        null, null),
                finding(PROBES, "has no liveness or readiness probe", "jobs/backup.yaml", 12, 30,
                        new Subject("CronJob", "ops", "backup", "restic"),
                        new Suppression("config", "batch job, nothing to probe"), null),
                finding(PROBES, "has no liveness or readiness probe", "apps/api.yaml", 15, 40, API,
                        new Suppression("annotation", "probes come from the mesh"), null));
        List<SkippedFile> skipped = List.of(
                new SkippedFile("vendor/big blob.bin", "binary file"),
                new SkippedFile("charts/old/values.yaml", "unreadable: permission denied"));
        return new ScanResult("0.1.0", ROOT, SCANNED_AT, Duration.ofMillis(214), 14, 37, findings, skipped,
                List.of(CLUSTER_ADMIN, KEY_MATERIAL, PRIVILEGED, NETPOL, MUTABLE_TAG, PROBES, PARSE_ERROR));
    }

    static ScanResult clean() {
        return new ScanResult("0.1.0", ROOT, SCANNED_AT, Duration.ofMillis(50), 1, 1, List.of(), List.of(),
                List.of(PRIVILEGED));
    }

    static ScanResult with(List<Finding> findings) {
        return new ScanResult("0.1.0", ROOT, SCANNED_AT, Duration.ofMillis(50), 1, 1, findings, List.of(),
                List.of(PRIVILEGED));
    }

    static Finding finding(RuleMeta rule, String message, String file, int line, int endLine, Subject subject,
                           Suppression suppression, String note) {
        String fingerprint = Integer.toHexString((rule.id() + subject.describe() + file + message).hashCode());
        return new Finding(rule, rule.severity(), message, file, line, endLine, subject, fingerprint, suppression, note);
    }

    static String render(Report report, ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            report.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static RuleMeta rule(String id, String title, Category category, Severity severity) {
        return new RuleMeta(id, title, category, severity, Effort.S, "Why " + id + " matters.",
                "Fix " + id + ".", List.of());
    }
}
