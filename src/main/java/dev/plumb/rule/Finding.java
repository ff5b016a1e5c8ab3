package dev.plumb.rule;

/**
 * One concern at one place. {@code severity} is the effective severity (after configuration);
 * {@code suppression} is null for an active finding; {@code note} carries remarks such as an
 * expired exception.
 */
public record Finding(RuleMeta rule, Severity severity, String message, String file, int line, int endLine,
                      Subject subject, String fingerprint, Suppression suppression, String note) {

    public boolean isSuppressed() {
        return suppression != null;
    }

    public Finding suppressed(Suppression by) {
        return new Finding(rule, severity, message, file, line, endLine, subject, fingerprint, by, note);
    }

    public Finding withNote(String text) {
        return new Finding(rule, severity, message, file, line, endLine, subject, fingerprint, suppression, text);
    }

    public String location() {
        return file + ":" + line;
    }
}
