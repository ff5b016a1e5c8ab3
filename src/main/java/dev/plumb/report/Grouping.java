package dev.plumb.report;

/** How the console lists active findings: under each rule (the default), each file, or each severity. */
public enum Grouping {
    /** One block per rule, most severe first: what to fix, with every place to fix it. */
    RULE,
    /** One block per file, lines in order: what to fix while a file is open. */
    FILE,
    /** One block per severity: what to fix first. */
    SEVERITY
}
