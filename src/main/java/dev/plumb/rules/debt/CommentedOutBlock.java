package dev.plumb.rules.debt;

import dev.plumb.model.Platform;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.util.List;

@RuleInfo(
        id = "commented-out-block",
        title = "Block of commented-out configuration",
        category = Category.TECH_DEBT,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "Commented-out configuration is a decision nobody finished: it is unclear whether it is an "
                + "alternative to switch back to, a leftover, or a fix that was never applied, and it goes "
                + "stale silently while the live configuration around it changes. Reviewers and search "
                + "results trip over it, and an old commented-out value is a common hiding place for a "
                + "credential.",
        fix = "Delete the block: Git keeps the history. If it is an option worth keeping, enable it behind a "
                + "value or an overlay, or document it in prose with a link to the upstream setting.",
        references = {"https://kubernetes.io/docs/concepts/configuration/overview/"})
public final class CommentedOutBlock implements PlatformRule {

    static final int MIN_LINES = 5;

    @Override
    public void check(Platform platform, Findings findings) {
        Provenance provenance = Provenance.of(platform);
        for (TextFile file : platform.textFiles()) {
            // A chart's values file documents optional settings as commented-out YAML: Helm's own convention.
            if (provenance.isGeneratedOrVendored(file) || provenance.isChartValues(file)) {
                continue;
            }
            scan(file, Comments.of(file), findings);
        }
    }

    /**
     * Walks runs of whole-line comments. Within a run, lines of code accumulate; an empty comment
     * line neither counts nor interrupts, a line of prose or anything that is not a whole-line
     * comment ends the block. The message gives counts and lines only: commented-out values are
     * never quoted, they may well be old credentials.
     */
    private static void scan(TextFile file, List<Comment> comments, Findings findings) {
        int first = 0;
        int last = 0;
        int count = 0;
        int previousLine = -1;
        ConfigLines.Language language = ConfigLines.Language.of(file);
        for (Comment comment : comments) {
            boolean adjacent = comment.wholeLine() && comment.line() == previousLine + 1;
            ConfigLines.Kind kind = comment.wholeLine() ? ConfigLines.classify(comment.text(), language) : ConfigLines.Kind.PROSE;
            if (!adjacent || kind == ConfigLines.Kind.PROSE) {
                report(file, first, last, count, findings);
                count = 0;
            }
            if (kind == ConfigLines.Kind.CODE) {
                if (count == 0) {
                    first = comment.line();
                }
                last = comment.line();
                count++;
            }
            previousLine = comment.wholeLine() ? comment.line() : -1;
        }
        report(file, first, last, count, findings);
    }

    private static void report(TextFile file, int first, int last, int count, Findings findings) {
        if (count < MIN_LINES) {
            return;
        }
        findings.report(Subject.NONE, file.positionOf(first), last,
                count + " commented-out lines of configuration (lines " + first + "–" + last + ")");
    }
}
