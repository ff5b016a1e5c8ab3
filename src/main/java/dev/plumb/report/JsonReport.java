package dev.plumb.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumb.model.Coverage;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.SkippedFile;
import dev.plumb.rule.Category;
import dev.plumb.result.Finding;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Schema v1, documented field by field in docs/json-schema.md. Scripts depend on this shape: within
 * v1 fields may be added, never renamed, removed or retyped, and every documented field is always
 * written (strings are "" rather than null) so consumers need no existence checks, except the two
 * documented optional ones.
 */
public final class JsonReport implements Report {

    static final int SCHEMA_VERSION = 1;

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        JsonGenerator json = JsonOutput.open(out);
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", "plumb");
        json.writeStringField("version", text(result.toolVersion()));
        json.writeEndObject();
        json.writeStringField("root", text(result.root()));
        json.writeStringField("scannedAt", Timestamps.utcSeconds(result.scannedAt()));
        json.writeNumberField("durationMs", result.elapsed().toMillis());
        writeSummary(result, json);
        writeCoverage(result, json);
        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings()) {
            writeFinding(finding, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("skipped");
        for (SkippedFile skipped : result.skipped()) {
            json.writeStartObject();
            json.writeStringField("path", text(skipped.path()));
            json.writeStringField("reason", text(skipped.reason()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        JsonOutput.close(json, out);
    }

    private static void writeSummary(ScanResult result, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", result.files());
        json.writeNumberField("resources", result.resources());
        json.writeNumberField("findings", result.active().size());
        json.writeNumberField("suppressed", result.suppressed().size());
        json.writeNumberField("notLive", result.notLive().size());
        json.writeObjectFieldStart("bySeverity");
        for (Map.Entry<Severity, Integer> count : result.countsBySeverity().entrySet()) {
            json.writeNumberField(count.getKey().id(), count.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("byCategory");
        for (Map.Entry<Category, Integer> count : result.countsByCategory().entrySet()) {
            json.writeNumberField(count.getKey().id(), count.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeFinding(Finding finding, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", finding.rule().id());
        json.writeStringField("title", finding.rule().title());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("category", finding.rule().category().id());
        json.writeStringField("message", text(finding.message()));
        json.writeStringField("file", text(finding.file()));
        json.writeNumberField("line", finding.line());
        json.writeNumberField("endLine", finding.endLine());
        if (finding.related() != null) {
            json.writeObjectFieldStart("related");
            json.writeStringField("file", finding.related().file());
            json.writeNumberField("line", finding.related().line());
            json.writeEndObject();
        }
        writeSubject(finding.subject() == null ? Subject.NONE : finding.subject(), json);
        json.writeStringField("fingerprint", text(finding.fingerprint()));
        if (finding.isSuppressed()) {
            json.writeObjectFieldStart("suppressed");
            json.writeStringField("by", text(finding.suppression().by()));
            json.writeStringField("reason", text(finding.suppression().reason()));
            json.writeEndObject();
        }
        if (hasText(finding.note())) {
            json.writeStringField("note", finding.note());
        }
        json.writeBooleanField("live", finding.isLive());
        if (!finding.isLive()) {
            json.writeObjectFieldStart("notLive");
            json.writeStringField("scope", text(finding.notLive().scope()));
            json.writeStringField("reason", text(finding.notLive().reason()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** What was analysed, per source kind; each group not analysed in full with its reason and files. */
    private static void writeCoverage(ScanResult result, JsonGenerator json) throws IOException {
        Coverage coverage = result.coverage();
        json.writeObjectFieldStart("coverage");
        json.writeNumberField("files", coverage.total());
        json.writeNumberField("analysed", coverage.count(FileCoverage.Status.ANALYSED));
        json.writeNumberField("partial", coverage.count(FileCoverage.Status.PARTIAL));
        json.writeNumberField("notAnalysed", coverage.count(FileCoverage.Status.NOT_ANALYSED));
        json.writeStringField("text", CoverageText.paragraph(result));
        json.writeArrayFieldStart("sources");
        for (Coverage.OfType type : coverage.byType()) {
            json.writeStartObject();
            json.writeStringField("kind", type.type().key());
            json.writeNumberField("files", type.files());
            json.writeNumberField("analysed", type.analysed());
            json.writeNumberField("partial", type.partial());
            json.writeNumberField("notAnalysed", type.notAnalysed());
            json.writeArrayFieldStart("groups");
            for (Coverage.Group group : type.groups()) {
                json.writeStartObject();
                json.writeStringField("status", group.status() == FileCoverage.Status.PARTIAL ? "partial" : "notAnalysed");
                json.writeStringField("reason", group.reason());
                json.writeNumberField("files", group.files());
                if (!group.units().isEmpty()) {
                    json.writeNumberField("units", group.units().size());
                }
                json.writeArrayFieldStart("paths");
                for (String path : group.paths()) {
                    json.writeString(path);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeSubject(Subject subject, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("subject");
        json.writeStringField("kind", text(subject.kind()));
        json.writeStringField("namespace", text(subject.namespace()));
        json.writeStringField("name", text(subject.name()));
        json.writeStringField("container", text(subject.container()));
        json.writeEndObject();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
