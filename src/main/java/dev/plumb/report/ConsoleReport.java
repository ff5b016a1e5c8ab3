package dev.plumb.report;

import dev.plumb.model.SkippedFile;
import dev.plumb.rule.Finding;
import dev.plumb.rule.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * What a person reads after {@code plumb scan}: active findings grouped by severity and rule, then
 * what was left out (suppressed findings, skipped files), then one closing line of counts that is
 * always there, so a clean scan still says how much it looked at.
 */
public final class ConsoleReport implements Report {

    // Continuation lines of a multi-line message (a parser's excerpt) sit under the finding they belong to.
    private static final String CONTINUATION = "      ";

    private final Ansi ansi;
    private final boolean verbose;

    public ConsoleReport(boolean colour, boolean verbose) {
        this.ansi = new Ansi(colour);
        this.verbose = verbose;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Lines lines = new Lines(out);
        for (RuleGroup group : RuleGroup.of(result.active())) {
            writeGroup(group, lines);
            lines.blank();
        }
        int suppressed = result.suppressed().size();
        if (suppressed > 0) {
            lines.add(suppressed + " suppressed (see --format json)");
        }
        writeSkipped(result.skipped(), lines);
        lines.add(Tally.findings(result) + " · " + Tally.files(result) + " · " + Tally.resources(result)
                + " · " + Tally.seconds(result.elapsed()));
        out.flush();
    }

    private void writeGroup(RuleGroup group, Lines lines) throws IOException {
        lines.add(ansi.paint(group.severity(), group.severity().name()) + "  " + TerminalText.clean(group.rule().id())
                + " — " + TerminalText.clean(group.rule().title()) + " (" + group.findings().size() + ")");
        for (Finding finding : group.findings()) {
            List<String> message = TerminalText.lines(FindingText.withNote(finding, finding.message()));
            lines.add("  " + TerminalText.clean(FindingText.location(finding)) + "  "
                    + TerminalText.clean(FindingText.subjectPrefix(finding)) + message.get(0));
            for (String more : message.subList(1, message.size())) {
                lines.add(more.isEmpty() ? "" : CONTINUATION + more);
            }
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
