package dev.plumb.report.concerns;

import dev.plumb.result.Finding;
import dev.plumb.rule.RuleMeta;
import dev.plumb.result.ScanResult;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The concerns audit as data: every active finding gathered into one concern per rule or theme,
 * sections in audit order, and the findings under an accepted exception. Markdown and HTML render
 * this one model, so they never disagree.
 *
 * @param date the scan's date (UTC), for the closing "Concerns audit: date" line
 */
public record Concerns(List<Concern> concerns, List<AcceptedGap> accepted, LocalDate date) {

    private static final Comparator<Concern> AUDIT_ORDER = Comparator
            .comparing(Concern::severity)
            .thenComparing(Comparator.comparingInt(Concern::findings).reversed())
            .thenComparing(Concern::id);

    public Concerns {
        concerns = List.copyOf(concerns);
        accepted = List.copyOf(accepted);
    }

    public static Concerns of(ScanResult result) {
        Map<String, List<Finding>> byConcern = new LinkedHashMap<>();
        // A theme's findings make one concern whichever of its rules found them; others, one per rule.
        Map<String, Theme> themes = new HashMap<>();
        Map<String, RuleMeta> rulesById = new LinkedHashMap<>();
        for (RuleMeta rule : result.rules()) {
            rulesById.put(rule.id(), rule);
        }
        for (Finding finding : result.active()) {
            rulesById.putIfAbsent(finding.rule().id(), finding.rule());
            Optional<Theme> theme = Theme.of(finding.rule());
            String key = theme.map(Theme::id).orElse(finding.rule().id());
            theme.ifPresent(t -> themes.put(key, t));
            byConcern.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
        }
        Wording wording = new Wording(result.facts());
        List<Concern> concerns = new ArrayList<>();
        byConcern.forEach((key, findings) -> concerns.add(themes.containsKey(key)
                ? wording.theme(themes.get(key), findings, rulesById) : wording.single(findings)));
        concerns.sort(AUDIT_ORDER);
        Map<String, List<Finding>> byException = new LinkedHashMap<>();
        for (Finding f : result.suppressed()) {
            String key = String.join("\u0000", f.rule().id(), f.subject().id(), f.suppression().by(),
                    f.suppression().reason(), String.valueOf(f.suppression().expires()));
            byException.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<AcceptedGap> accepted = new ArrayList<>();
        byException.values().forEach(same -> {
            Finding first = same.get(0);
            accepted.add(new AcceptedGap(first.rule().id(), first.rule().title(), first.subject().id(),
                    same.stream().map(f -> Wording.location(f, "")).toList(), first.suppression().by(),
                    first.suppression().reason(), first.suppression().expires()));
        });
        return new Concerns(concerns, accepted, LocalDate.ofInstant(result.scannedAt(), ZoneOffset.UTC));
    }

    /** The sections that have at least one concern, in audit order. */
    public List<Section> sections() {
        return Arrays.stream(Section.values()).filter(section -> !in(section).isEmpty()).toList();
    }

    public List<Concern> in(Section section) {
        return concerns.stream().filter(concern -> concern.section() == section).toList();
    }
}
