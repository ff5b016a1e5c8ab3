package dev.plumb.report;

import dev.plumb.result.Finding;
import dev.plumb.rule.Subject;

/** How the human-readable reports name a finding's place and subject, kept in one spot so they agree. */
public final class FindingText {

    private FindingText() {
    }

    /** "path:line", or just the path for a finding about a whole file (line 0). */
    public static String location(Finding finding) {
        String file = finding.file() == null ? "" : finding.file();
        return finding.line() > 0 ? file + ":" + finding.line() : file;
    }

    /**
     * "Kind/ns/name container c: " before the message, so a line says what it is about. Left out for a
     * file-level finding, and when the message already names the subject, as the built-in rules'
     * messages do: the reader should see the subject once, not twice in a row.
     */
    public static String subjectPrefix(Finding finding) {
        Subject subject = finding.subject();
        if (subject == null || subject.isNone()) {
            return "";
        }
        String message = finding.message() == null ? "" : finding.message();
        return message.contains(subject.id()) ? "" : subject.describe() + ": ";
    }

    /** The text with the finding's note, if any, in parentheses: notes explain, they never replace. */
    public static String withNote(Finding finding, String text) {
        String body = text == null ? "" : text;
        String note = finding.note();
        return note == null || note.isBlank() ? body : body + " (" + note.strip() + ")";
    }
}
