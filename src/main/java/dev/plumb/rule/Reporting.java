package dev.plumb.rule;

import java.util.List;

/**
 * How the reports tell a rule, beyond its words: read from {@link RuleInfo} like the rest of its
 * metadata, so the reports hold no list of rule ids of their own.
 *
 * @param knownBug    listed under Known Bugs in the concerns audit, whatever the category
 * @param theme       the concerns-audit theme the rule is told in with others ("health-probes"); empty: a concern of its own
 * @param themeDetail within the theme, the few words for what is missing at a location ("no livenessProbe")
 * @param controls    the compliance controls ({@code compliance.controls} ids) whose cell a finding makes ✘
 * @param counted     what the concerns audit counts the findings in
 * @param predicate   for {@link Counted#IMAGE_REFERENCES}, what the counted references do ("use a mutable tag")
 */
public record Reporting(boolean knownBug, String theme, String themeDetail, List<String> controls, Counted counted,
                        String predicate) {

    /** A rule told on its own, in its category's section, backing no control. */
    public static final Reporting PLAIN = new Reporting(false, "", "", List.of(), Counted.SUBJECTS, "");

    public Reporting {
        theme = theme == null ? "" : theme;
        themeDetail = themeDetail == null ? "" : themeDetail;
        controls = List.copyOf(controls);
        counted = counted == null ? Counted.SUBJECTS : counted;
        predicate = predicate == null ? "" : predicate;
    }

    public boolean backs(String control) {
        return controls.contains(control);
    }

    public boolean inTheme() {
        return !theme.isEmpty();
    }
}
