package dev.plumb.result;

import dev.plumb.model.NotLive;
import dev.plumb.model.Position;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;

/**
 * One concern at one place. {@code severity} is the effective severity (after configuration);
 * {@code suppression} is null for an active finding; {@code note} carries remarks such as an
 * expired exception; {@code facet} is the short value a rule reports about ("latest" for a mutable
 * tag), so reports can break a count down without parsing messages — empty when the rule sets none;
 * {@code notLive} says why the finding is in retired or test content (null when it is live): kept for
 * JSON, left out of counts, gates and reports unless the operator asks for them.
 */
public record Finding(RuleMeta rule, Severity severity, String message, String file, int line, int endLine,
                      Subject subject, String fingerprint, Suppression suppression, String note, String facet,
                      NotLive notLive, Position related) {

    public Finding {
        facet = facet == null ? "" : facet;
    }

    /**
     * @param related the other place an operator may edit: the chart template that used a value set on this
     *                values line; null when there is none
     */
    public Finding(RuleMeta rule, Severity severity, String message, String file, int line, int endLine,
                   Subject subject, String fingerprint, Suppression suppression, String note, String facet,
                   NotLive notLive) {
        this(rule, severity, message, file, line, endLine, subject, fingerprint, suppression, note, facet, notLive, null);
    }

    public Finding(RuleMeta rule, Severity severity, String message, String file, int line, int endLine,
                   Subject subject, String fingerprint, Suppression suppression, String note, String facet) {
        this(rule, severity, message, file, line, endLine, subject, fingerprint, suppression, note, facet, null);
    }

    public Finding(RuleMeta rule, Severity severity, String message, String file, int line, int endLine,
                   Subject subject, String fingerprint, Suppression suppression, String note) {
        this(rule, severity, message, file, line, endLine, subject, fingerprint, suppression, note, "");
    }

    public boolean isSuppressed() {
        return suppression != null;
    }

    public Finding suppressed(Suppression by) {
        return new Finding(rule, severity, message, file, line, endLine, subject, fingerprint, by, note, facet, notLive, related);
    }

    public Finding withNote(String text) {
        return new Finding(rule, severity, message, file, line, endLine, subject, fingerprint, suppression, text, facet, notLive, related);
    }

    public Finding notLive(NotLive why) {
        return new Finding(rule, severity, message, file, line, endLine, subject, fingerprint, suppression, note, facet, why, related);
    }

    public boolean isLive() {
        return notLive == null;
    }

    public String location() {
        return file + ":" + line;
    }
}
