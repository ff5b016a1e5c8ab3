package dev.plumb.report.concerns;

import dev.plumb.rule.Finding;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.ScanResult;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
        Map<String, RuleMeta> rulesById = new LinkedHashMap<>();
        for (RuleMeta rule : result.rules()) {
            rulesById.put(rule.id(), rule);
        }
        for (Finding finding : result.active()) {
            rulesById.putIfAbsent(finding.rule().id(), finding.rule());
            String key = Theme.of(finding.rule().id()).map(Theme::id).orElse(finding.rule().id());
            byConcern.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
        }
        Wording wording = new Wording(result.facts());
        List<Concern> concerns = new ArrayList<>();
        byConcern.forEach((key, findings) -> {
            Optional<Theme> theme = Theme.ALL.stream().filter(t -> t.id().equals(key)).findFirst();
            concerns.add(theme.map(t -> wording.theme(t, findings, rulesById))
                    .orElseGet(() -> wording.single(findings)));
        });
        concerns.sort(AUDIT_ORDER);
        List<AcceptedGap> accepted = result.suppressed().stream()
                .map(f -> new AcceptedGap(f.rule().id(), f.rule().title(), Wording.location(f, ""),
                        f.suppression().by(), f.suppression().reason(), f.suppression().expires()))
                .toList();
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
