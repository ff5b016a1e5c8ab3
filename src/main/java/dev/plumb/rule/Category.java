package dev.plumb.rule;

/** The sections of a concerns audit, in the order the report prints them. */
public enum Category {
    SECURITY("security", "Security considerations"),
    RELIABILITY("reliability", "Fragile areas and known bugs"),
    PERFORMANCE("performance", "Performance bottlenecks"),
    SCALING("scaling", "Scaling limits"),
    DEPENDENCIES("dependencies", "Dependencies at risk"),
    TECH_DEBT("tech-debt", "Tech debt"),
    MISSING_CAPABILITY("missing-capability", "Missing critical capabilities"),
    TESTING("testing", "Test coverage gaps");

    private final String id;
    private final String heading;

    Category(String id, String heading) {
        this.id = id;
        this.heading = heading;
    }

    public String id() {
        return id;
    }

    public String heading() {
        return heading;
    }
}
