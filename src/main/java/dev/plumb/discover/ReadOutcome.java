package dev.plumb.discover;

/** What reading one candidate gave: its text, or why it was not read (exactly one is set). */
record ReadOutcome(Candidate candidate, DecodedText text, String skipReason) {

    static ReadOutcome read(Candidate candidate, DecodedText text) {
        return new ReadOutcome(candidate, text, null);
    }

    static ReadOutcome skipped(Candidate candidate, String reason) {
        return new ReadOutcome(candidate, null, reason);
    }

    boolean wasRead() {
        return text != null;
    }
}
