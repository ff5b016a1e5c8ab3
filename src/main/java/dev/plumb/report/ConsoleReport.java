package dev.plumb.report;

import dev.plumb.model.SkippedFile;
import dev.plumb.result.Finding;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a person reads after {@code plumb scan}: active findings grouped by rule (most severe first), by
 * file or by severity, then what was left out (suppressed findings, skipped files), then one closing
 * line of counts that is always there, so a clean scan still says how much it looked at.
 */
public final class ConsoleReport implements Report {

    // Continuation lines of a multi-line message (a parser's excerpt) sit under the finding they belong to.
    private static final String CONTINUATION = "      ";

    private static final Comparator<Finding> BY_LINE = Comparator.comparingInt(Finding::line)
            .thenComparing(Finding::severity);

    private final Ansi ansi;
    private final boolean verbose;
    private final Grouping grouping;
    private final boolean quiet;

    public ConsoleReport(boolean colour, boolean verbose) {
        this(colour, verbose, Grouping.RULE, false);
    }

    /** @param quiet only the closing line of counts, for a hook or a pipeline log that wants one line */
    public ConsoleReport(boolean colour, boolean verbose, Grouping grouping, boolean quiet) {
        this.ansi = new Ansi(colour);
        this.verbose = verbose;
        this.grouping = grouping;
        this.quiet = quiet;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Lines lines = new Lines(out);
        String warning = CoverageText.warning(result);
        if (!quiet && !warning.isEmpty()) {
            lines.add(ansi.paint(Severity.HIGH, TerminalText.clean(warning)));
            lines.add("");
        }
        if (!quiet) {
            switch (grouping) {
                case FILE -> writeByFile(result.active(), lines);
                case SEVERITY -> writeBySeverity(result.active(), lines);
                default -> writeByRule(result.active(), lines);
            }
            int suppressed = result.suppressed().size();
            if (suppressed > 0) {
                lines.add(suppressed + " suppressed (see --format json)");
            }
            writeSkipped(result.skipped(), lines);
            List<CoverageText.LeftOut> leftOut = CoverageText.leftOut(result);
            for (CoverageText.LeftOut folder : leftOut) {
                lines.add(TerminalText.clean(folder.sentence()));
            }
            if (!leftOut.isEmpty()) {
                lines.add("--include-retired counts them");
            }
            for (String sentence : CoverageText.sentences(result)) {
                lines.add(TerminalText.clean(sentence));
            }
        }
        lines.add(Tally.findings(result) + " · " + Tally.files(result) + " · " + Tally.resources(result)
                + " · " + Tally.seconds(result.elapsed()));
        out.flush();
    }

    private void writeByRule(List<Finding> active, Lines lines) throws IOException {
        for (RuleGroup group : RuleGroup.of(active)) {
            lines.add(severity(group.severity()) + "  " + TerminalText.clean(group.rule().id())
                    + " — " + TerminalText.clean(group.rule().title()) + " (" + group.findings().size() + ")");
            for (Finding finding : group.findings()) {
                writeFinding(TerminalText.clean(FindingText.location(finding)), finding, lines);
            }
            lines.blank();
        }
    }

    /** Files in path order, each file's findings by line, so the list reads like a walk through the tree. */
    private void writeByFile(List<Finding> active, Lines lines) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : active) {
            byFile.computeIfAbsent(finding.file() == null ? "" : finding.file(), file -> new ArrayList<>()).add(finding);
        }
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            List<Finding> findings = file.getValue().stream().sorted(BY_LINE).toList();
            lines.add(TerminalText.clean(file.getKey()) + " (" + findings.size() + ")");
            int width = findings.stream().mapToInt(finding -> lineLabel(finding).length()).max().orElse(0);
            for (Finding finding : findings) {
                String line = String.format("%-" + width + "s", lineLabel(finding));
                // Padded so the rule ids line up: in this layout severity is a column, not a heading.
                String severity = ansi.paint(finding.severity(), String.format("%-8s", finding.severity().name()));
                writeFinding(line + "  " + severity + "  " + TerminalText.clean(finding.rule().id()),
                        finding, lines);
            }
            lines.blank();
        }
    }

    private static String lineLabel(Finding finding) {
        return finding.line() > 0 ? "line " + finding.line() : "file";
    }

    /** The engine's order (severity, then rule) inside each severity, most severe first. */
    private void writeBySeverity(List<Finding> active, Lines lines) throws IOException {
        Map<Severity, List<Finding>> bySeverity = new EnumMap<>(Severity.class);
        for (Finding finding : active) {
            bySeverity.computeIfAbsent(finding.severity(), severity -> new ArrayList<>()).add(finding);
        }
        for (Map.Entry<Severity, List<Finding>> severity : bySeverity.entrySet()) {
            lines.add(severity(severity.getKey()) + " (" + severity.getValue().size() + ")");
            for (RuleGroup group : RuleGroup.of(severity.getValue())) {
                for (Finding finding : group.findings()) {
                    writeFinding(TerminalText.clean(FindingText.location(finding)) + "  "
                            + TerminalText.clean(finding.rule().id()), finding, lines);
                }
            }
            lines.blank();
        }
    }

    private String severity(Severity severity) {
        return ansi.paint(severity, severity.name());
    }

    /** One finding after its lead ("path:line", or "line 20  HIGH  rule-id" under a file heading). */
    private static void writeFinding(String lead, Finding finding, Lines lines) throws IOException {
        List<String> message = TerminalText.lines(FindingText.withNote(finding, finding.message()));
        lines.add("  " + lead + "  " + TerminalText.clean(FindingText.subjectPrefix(finding)) + message.get(0));
        for (String more : message.subList(1, message.size())) {
            lines.add(more.isEmpty() ? "" : CONTINUATION + more);
        }
    }

    private void writeSkipped(List<SkippedFile> skipped, Lines lines) throws IOException {
        if (skipped.isEmpty()) {
            return;
        }
        String count = Tally.count(skipped.size(), "file") + " skipped";
        if (!verbose) {
            lines.add(count + " (--verbose lists them)");
            return;
        }
        lines.add(count + ":");
        for (SkippedFile file : skipped) {
            lines.add("  " + TerminalText.clean(file.path()) + " — " + TerminalText.clean(file.reason()));
        }
    }

    /** Writes whole lines, so no line can end in a space however its parts came out. */
    private static final class Lines {
        private final Writer out;

        Lines(Writer out) {
            this.out = out;
        }

        void add(String line) throws IOException {
            out.write(line.stripTrailing());
            out.write('\n');
        }

        void blank() throws IOException {
            out.write('\n');
        }
    }
}
