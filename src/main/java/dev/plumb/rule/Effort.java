package dev.plumb.rule;

/** Work to fix one occurrence: S up to an hour, M up to a day, L more than a day. */
public enum Effort {
    S("up to 1 hour"), M("up to 1 day"), L("more than 1 day");

    private final String meaning;

    Effort(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
