package dev.plumb.report.compliance;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumb.report.CoverageText;
import dev.plumb.report.JsonOutput;
import dev.plumb.report.Report;
import dev.plumb.result.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.StringJoiner;

/**
 * compliance.json: the matrix for a CI gate. Per unit ({@code name}, {@code kind}, {@code path}) and per
 * control a {@code status} — {@code have}, {@code missing}, {@code disabled} (a chart ships it switched
 * off), {@code n/a} or {@code unknown} (part of the unit was not analysed) — with the {@code reason}.
 */
public final class ComplianceJson implements Report {

    static final int SCHEMA_VERSION = 1;

    private final List<Control> controls;

    public ComplianceJson(List<Control> controls) {
        this.controls = List.copyOf(controls);
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        ComplianceMatrix matrix = ComplianceMatrix.of(result, controls);
        JsonGenerator json = JsonOutput.open(out);
        json.writeStartObject();
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeStringField("coverage", CoverageText.paragraph(result));
        json.writeArrayFieldStart("controls");
        for (Control control : matrix.controls()) {
            json.writeString(control.id());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("units");
        for (Row row : matrix.rows()) {
            json.writeStartObject();
            json.writeStringField("name", row.unit().name());
            json.writeStringField("kind", row.unit().kind().label());
            json.writeStringField("path", row.unit().path());
            json.writeNumberField("workloads", row.unit().workloads().size());
            json.writeObjectFieldStart("controls");
            for (Cell cell : row.cells()) {
                json.writeObjectFieldStart(cell.control().id());
                json.writeStringField("status", status(cell.mark()));
                String reason = reason(cell);
                if (!reason.isEmpty()) {
                    json.writeStringField("reason", reason);
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("totals");
        for (Total total : matrix.totals()) {
            json.writeStartObject();
            json.writeStringField("control", total.control().id());
            json.writeNumberField("have", total.have());
            json.writeNumberField("missing", total.missing());
            json.writeNumberField("unknown", total.notChecked());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        JsonOutput.close(json, out);
    }

    static String status(Mark mark) {
        return switch (mark) {
            case HAVE -> "have";
            case MISSING -> "missing";
            case DISABLED -> "disabled";
            case NOT_APPLICABLE -> "n/a";
            case NOT_CHECKED -> "unknown";
        };
    }

    private static String reason(Cell cell) {
        StringJoiner why = new StringJoiner("; ");
        for (Gap gap : cell.gaps()) {
            why.add(cell.mark() == Mark.NOT_CHECKED ? String.join(", ", gap.reasons())
                    : gap.subject() + ": " + String.join(", ", gap.reasons()));
        }
        String text = why.toString();
        return cell.mark() == Mark.DISABLED ? "off by default, a chart value turns it on; " + text : text;
    }
}
