package dev.plumb.rules.debt;

import dev.plumb.model.Platform;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
        id = "debt-marker",
        title = "TODO, FIXME or workaround noted in a comment",
        category = Category.TECH_DEBT,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "A TODO, FIXME or \"temporarily disabled\" in a manifest or script is a promise nobody tracks: "
                + "it outlives the person who wrote it, and the workaround it describes becomes the platform's "
                + "permanent behaviour. Listing them turns scattered notes into a backlog the operator can "
                + "schedule or delete. Phrases count only where they speak of the repository's own state (\"not "
                + "working yet\", \"workaround until\", \"would be nice to\"); a comment explaining a limitation of "
                + "something else (\"webhooks are not working on EKS\") or asking a question is not reported.",
        fix = "Do the work and remove the comment, or move it to the issue tracker and replace the comment with "
                + "a link to the issue. Delete markers that no longer apply.",
        references = {"https://kubernetes.io/docs/concepts/configuration/overview/"})
public final class DebtMarker implements PlatformRule {

    /**
     * Case-sensitive: an all-caps marker is deliberate, while "todo" is usually a name (a todo-app).
     * Not glued to a path or name ("TODO.md", "app-TODO"); XXX only opens a comment, elsewhere it is
     * mostly a placeholder ("192.168.XXX.1", "token: XXX").
     */
    private static final Pattern MARKER = Pattern.compile(
            "(?<![\\w./-])(TODO|FIXME|HACK)(?![\\w-]|\\.\\w)|^[\\s#/*;-]*(XXX)(?![\\w.-])");
    /**
     * Phrases count only where they speak of this repository's state: "not working yet", "temporarily
     * disabled", "workaround until…", "would be nice to…". A comment that explains a limitation of
     * something else ("admission webhooks are not working on EKS") or asks a question ("Need any special
     * workaround flags set?") is documentation, not a promise.
     */
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)\\b((?:isn't|aren't|is not|are not|not) working (?:yet|anymore|any more|right now|at the moment|since|for now)"
                    + "|(?:still|currently) (?:not|isn't|aren't) working"
                    // "X does not work behind NAT, hence hostNetwork" explains a choice; "doesn't work yet" is debt.
                    + "|(?:currently|still) (?:does|do)(?:n't| not) work|(?:does|do)(?:n't| not) work"
                    + " (?:yet|anymore|any more|right now|at the moment|since)"
                    + "|temporar(?:il)?y (?:disabled|removed|turned off|commented out|scaled down|hard-?coded)"
                    + "|temporary (?:fix|hack|workaround)|temp fix"
                    + "|(?:disabled|turned off|hard-?coded|commented out|skipped) for now"
                    // A workaround this repository carries, for or until something: not the word in a question or a flag's name.
                    + "|workarounds?(?= (?:for|until|till|because|since|to)\\b)|work around(?= (?:the|this|a|an|it)\\b)"
                    + "|(?:hacky|ugly|dirty) workaround"
                    + "|would be nice(?= to\\b| if\\b|:)|nice to have|quick (?:fix|hack)|dirty (?:fix|hack)|kludge"
                    + "|remove (?:this |it |me )?(?:after|once|when)"
                    // "still broken" is debt; "restarts when the connection is broken" describes behaviour.
                    + "|(?:still|currently|seems|seem|appears) broken|broken (?:since|upstream|in v?\\d))\\b");

    @Override
    public void check(Platform platform, Findings findings) {
        Provenance provenance = Provenance.of(platform);
        for (TextFile file : platform.textFiles()) {
            if (provenance.isGeneratedOrVendored(file)) {
                continue;
            }
            for (Comment comment : Comments.of(file)) {
                inspect(file, comment, findings);
            }
        }
    }

    private static void inspect(TextFile file, Comment comment, Findings findings) {
        String text = comment.text();
        // The operator's own suppression reason already records the debt, next to the finding it silences.
        if (text.contains("plumb:ignore")) {
            return;
        }
        Matcher marker = MARKER.matcher(text);
        String label;
        int at;
        if (marker.find()) {
            label = marker.group(1) != null ? marker.group(1) : marker.group(2);
            at = marker.start(marker.group(1) != null ? 1 : 2);
        } else {
            Matcher phrase = PHRASE.matcher(text);
            // A question asks about the state; it records no debt of its own.
            if (!phrase.find() || text.stripTrailing().endsWith("?")) {
                return;
            }
            label = "\"" + phrase.group(1) + "\"";
            at = phrase.start(1);
        }
        String body = text.replaceFirst("^[\\s#/*;-]+", "");
        int focus = Math.max(0, at - (text.length() - body.length()));
        String excerpt = Excerpts.of(body, focus);
        findings.report(file.positionOf(comment.line()), excerpt == null
                ? label + " in a comment (not quoted: the comment may hold a credential)"
                : label + " in a comment: \"" + excerpt + "\"");
    }
}
