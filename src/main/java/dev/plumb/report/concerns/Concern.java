package dev.plumb.report.concerns;

import dev.plumb.rule.Effort;
import dev.plumb.rule.Severity;
import java.util.List;

/**
 * One concern of the audit: one rule, or one theme where several rules tell one story (health
 * probes, container hardening, requests and limits).
 *
 * <p>Text fields are plain sentences in which {@code `backticks`} mark code; {@code impact} and
 * {@code fix} come from rule metadata and may also hold fenced code blocks.
 *
 * @param id        the rule id, or the theme id for a theme
 * @param rules     the rule ids the concern gathers, in catalogue order
 * @param findings  how many active findings it counts
 * @param files     in how many files
 * @param issue     the aggregate in words and numbers ("3 of 14 image references use a mutable tag …")
 * @param locations every location, most important first; renderers show the first few and "+N more"
 * @param effort    the largest effort among its rules, per occurrence
 */
public record Concern(String id, String title, Section section, Severity severity, List<String> rules, int findings,
                      int files, String issue, List<Location> locations, String impact, String fix, Effort effort) {

    public Concern {
        rules = List.copyOf(rules);
        locations = List.copyOf(locations);
    }
}
