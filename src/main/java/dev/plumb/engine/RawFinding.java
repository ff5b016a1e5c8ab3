package dev.plumb.engine;

import dev.plumb.model.Position;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.Subject;

/** A finding as a rule reported it, before suppression and fingerprinting. */
record RawFinding(RuleMeta rule, Subject subject, Position at, int endLine, String message, String facet) {

    RawFinding(RuleMeta rule, Subject subject, Position at, int endLine, String message) {
        this(rule, subject, at, endLine, message, "");
    }

    /** Two reports of the same thing at the same place are one finding. */
    String identity() {
        return rule.id() + '\u0000' + at.file() + '\u0000' + at.line() + '\u0000' + subject.describe() + '\u0000' + message;
    }
}
