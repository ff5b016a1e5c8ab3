package dev.plumb.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlumbOutputTest {

    @Test
    void knowsItsOwnReportsByTheirContent() {
        assertThat(PlumbOutput.isReport("docs/CONCERNS.md", "# Concerns\n\nAudit of `x`…\n\n---\n\nConcerns audit: 2026-12-02\n")).isTrue();
        assertThat(PlumbOutput.isReport("win/CONCERNS.md", "# Concerns\r\n\r\nAudit…\r\n\r\nConcerns audit: 2026-12-02\r\n")).isTrue();
        assertThat(PlumbOutput.isReport("a/COMPLIANCE.md", "# Compliance Matrix\n\n| Unit |\n\nCompliance matrix: 2026-12-02\n")).isTrue();
        assertThat(PlumbOutput.isReport("r.json", "{\n  \"schemaVersion\": 1,\n  \"tool\": {\n    \"name\": \"plumb\",")).isTrue();
        assertThat(PlumbOutput.isReport("ci/plumb.sarif", "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                + "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n"
                + "          \"name\": \"plumb\",")).isTrue();
        assertThat(PlumbOutput.isReport("report.html", "<!DOCTYPE html>\n<html>\n<head>\n" + PlumbOutput.HTML_GENERATOR)).isTrue();
    }

    @Test
    void leavesTheOperatorsOwnFilesAlone() {
        assertThat(PlumbOutput.isReport("docs/CONCERNS.md", "# Concerns\n\n- Loki is not deployed yet\n")).isFalse();
        assertThat(PlumbOutput.isReport("grafana/dashboard.json", "{\"schemaVersion\": 39, \"title\": \"Loki\"}")).isFalse();
        assertThat(PlumbOutput.isReport("trivy.sarif", "{\"$schema\": \"sarif-2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"Trivy\"")).isFalse();
        assertThat(PlumbOutput.isReport("index.html", "<html><head><meta name=\"generator\" content=\"Hugo\">")).isFalse();
        assertThat(PlumbOutput.isReport("notes.txt", "Concerns audit: 2026-12-02\n")).isFalse();
    }
}
