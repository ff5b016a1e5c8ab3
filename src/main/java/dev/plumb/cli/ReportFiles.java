package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.report.HtmlReport;
import dev.plumb.report.Report;
import dev.plumb.report.Reports;
import dev.plumb.report.compliance.ComplianceJson;
import dev.plumb.report.compliance.ComplianceMarkdown;
import dev.plumb.report.concerns.ConcernsMarkdown;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The files {@code plumb report} can write, by the name given to {@code --format}, in the order they are written. */
enum ReportFiles {
    CONCERNS("concerns", "CONCERNS.md", config -> new ConcernsMarkdown()),
    COMPLIANCE("compliance", "COMPLIANCE.md", config -> new ComplianceMarkdown(config.controls())),
    COMPLIANCE_JSON("compliance-json", "compliance.json", config -> new ComplianceJson(config.controls())),
    HTML("html", "report.html", config -> new HtmlReport(config.controls())),
    SARIF("sarif", "plumb.sarif", config -> Reports.forFormat("sarif", false, false)),
    JSON("json", "plumb.json", config -> Reports.forFormat("json", false, false));

    /** Written when {@code --format} is not given. */
    static final List<ReportFiles> DEFAULTS = List.of(CONCERNS, COMPLIANCE, HTML);

    private final String format;
    private final String fileName;
    private final Function<PlumbConfig, Report> report;

    ReportFiles(String format, String fileName, Function<PlumbConfig, Report> report) {
        this.format = format;
        this.fileName = fileName;
        this.report = report;
    }

    String format() {
        return format;
    }

    String fileName() {
        return fileName;
    }

    Report report(PlumbConfig config) {
        return report.apply(config);
    }

    static List<String> formats() {
        return java.util.Arrays.stream(values()).map(ReportFiles::format).toList();
    }

    static ReportFiles of(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ReportFiles file : values()) {
            if (file.format.equals(wanted)) {
                return file;
            }
        }
        throw new UsageException("unknown report format '" + name + "'; valid formats: " + String.join(", ", formats()));
    }
}
