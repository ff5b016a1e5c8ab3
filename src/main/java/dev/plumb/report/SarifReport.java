package dev.plumb.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumb.model.Position;
import dev.plumb.rule.Category;
import dev.plumb.rule.Equivalent;
import dev.plumb.result.Finding;
import dev.plumb.rule.RuleMeta;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import dev.plumb.result.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, shaped so GitHub code scanning accepts it as is: one run, every rule described,
 * locations relative to a ROOT base id, and partialFingerprints so an alert survives lines moving.
 */
public final class SarifReport implements Report {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String ROOT_ID = "ROOT";
    static final String FINGERPRINT_KEY = "plumb/v1";

    private final Map<String, String> examplesById;

    /** With the examples shipped in the jar. */
    public SarifReport() {
        this(RuleExamples.shipped());
    }

    /** @param examplesById each rule's fixture example for its help; any rule may lack one */
    public SarifReport(Map<String, String> examplesById) {
        this.examplesById = examplesById;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        // Retired and test content stays out of code scanning unless the operator asked for it.
        List<Finding> shown = result.shown();
        SarifRules rules = new SarifRules(result.rules(), shown);
        JsonGenerator json = JsonOutput.open(out);
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        writeTool(result, rules, json);
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(ROOT_ID);
        json.writeStringField("uri", UriPaths.directory(result.root()));
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayFieldStart("results");
        for (Finding finding : shown) {
            writeResult(finding, rules.indexOf(finding.rule()), json);
        }
        json.writeEndArray();
        if (!result.coverage().isEmpty()) {
            json.writeObjectFieldStart("properties");
            json.writeStringField("coverage", CoverageText.paragraph(result));
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        JsonOutput.close(json, out);
    }

    /** SARIF has three levels; the two that fail a build by default must both be errors. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    private void writeTool(ScanResult result, SarifRules rules, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "plumb");
        json.writeStringField("version", result.toolVersion() == null ? "" : result.toolVersion());
        json.writeStringField("informationUri", "https://plumb.dev");
        json.writeArrayFieldStart("rules");
        for (RuleMeta rule : rules.all()) {
            writeRule(rule, json);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeRule(RuleMeta rule, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", SarifRules.pascalCase(rule.id()));
        writeText("shortDescription", rule.title(), json);
        writeText("fullDescription", rule.rationale(), json);
        writeHelp(rule, json);
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("category", rule.category().id());
        json.writeStringField("severity", rule.severity().id());
        json.writeStringField("effort", rule.effort().name());
        if (!rule.equivalents().isEmpty()) {
            json.writeArrayFieldStart("equivalents");
            for (Equivalent equivalent : Equivalent.of(rule)) {
                json.writeString(equivalent.tool().prefix() + ":" + equivalent.check());
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("tags");
        json.writeString(rule.category().id());
        json.writeEndArray();
        // GitHub ranks alerts critical/high/medium/low only from this score, and only for rules tagged "security".
        if (rule.category() == Category.SECURITY && rule.severity() != Severity.INFO) {
            json.writeStringField("security-severity", securityScore(rule.severity()));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The fix, then the fixture example and the same check in other scanners: what a code-scanning alert shows. */
    private void writeHelp(RuleMeta rule, JsonGenerator json) throws IOException {
        String example = examplesById.get(rule.id());
        String markdown = "**Fix.** " + rule.fix().strip() + "\n" + RulesReference.example(rule, example)
                + RulesReference.equivalents(rule);
        StringBuilder text = new StringBuilder(rule.fix().strip());
        if (example != null && !example.isBlank()) {
            text.append("\n\nExample (flagged lines end in # <-- ").append(rule.id()).append("):\n")
                    .append(example.stripTrailing());
        }
        Map<Equivalent.Tool, List<String>> equivalents = Equivalent.byTool(rule);
        if (!equivalents.isEmpty()) {
            text.append("\n\nSame check elsewhere: ").append(String.join("; ", equivalents.entrySet().stream()
                    .map(tool -> tool.getKey().displayName() + " " + String.join(", ", tool.getValue())).toList()));
        }
        json.writeObjectFieldStart("help");
        json.writeStringField("text", text.toString());
        json.writeStringField("markdown", markdown.strip());
        json.writeEndObject();
    }

    private static void writeResult(Finding finding, int ruleIndex, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule().id());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding.severity()));
        writeText("message", FindingText.withNote(finding, FindingText.subjectPrefix(finding) + finding.message()), json);
        if (finding.file() != null && !finding.file().isEmpty()) {
            writeLocation(finding, json);
        }
        if (finding.related() != null) {
            writeRelated(finding.related(), json);
        }
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, finding.fingerprint() == null ? "" : finding.fingerprint());
        json.writeEndObject();
        if (finding.isSuppressed()) {
            writeSuppression(finding.suppression(), json);
        }
        json.writeEndObject();
    }

    private static void writeLocation(Finding finding, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", UriPaths.relative(finding.file()));
        json.writeStringField("uriBaseId", ROOT_ID);
        json.writeEndObject();
        // SARIF lines start at 1: a whole-file finding (line 0) gets no region rather than an invalid one.
        if (finding.line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", finding.line());
            json.writeNumberField("endLine", Math.max(finding.line(), finding.endLine()));
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** The chart template that used the value a finding reports on its values line. */
    private static void writeRelated(Position template, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("relatedLocations");
        json.writeStartObject();
        json.writeNumberField("id", 1);
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", UriPaths.relative(template.file()));
        json.writeStringField("uriBaseId", ROOT_ID);
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", Math.max(template.line(), 1));
        json.writeEndObject();
        json.writeEndObject();
        writeText("message", "the chart template that uses this value", json);
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeSuppression(Suppression suppression, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        json.writeStringField("kind", suppressionKind(suppression.by()));
        // Every suppression plumb honours was written by the team: it is accepted, not under review.
        json.writeStringField("status", "accepted");
        json.writeStringField("justification", suppression.reason() == null ? "" : suppression.reason());
        json.writeEndObject();
        json.writeEndArray();
    }

    /** Comments and annotations live next to the code; config exceptions and baselines live elsewhere. */
    private static String suppressionKind(String by) {
        return "inline".equals(by) || "annotation".equals(by) ? "inSource" : "external";
    }

    private static String securityScore(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            default -> "3.0";
        };
    }

    private static void writeText(String field, String text, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text == null ? "" : text);
        json.writeEndObject();
    }
}
