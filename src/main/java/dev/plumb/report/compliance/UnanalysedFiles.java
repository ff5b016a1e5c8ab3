package dev.plumb.report.compliance;

import dev.plumb.model.Coverage;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.SourceType;
import dev.plumb.report.Tally;
import dev.plumb.result.UnitFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The live infrastructure files plumb analysed only in part or not at all, looked up per unit. A
 * unit holding one may define workloads, objects and settings plumb never saw, so plumb cannot say
 * it has a control or that the control does not apply: those cells are "not checked", and this
 * says why in words ("5 files of this Helm chart are not rendered yet").
 */
final class UnanalysedFiles {

    /** Files of one source type and reason within a unit. */
    private record Group(String reason, SourceType type, int files) {}

    private record Key(String reason, SourceType type) {}

    private final Map<String, FileCoverage> byPath = new HashMap<>();

    private UnanalysedFiles(Coverage coverage) {
        for (FileCoverage file : coverage.files()) {
            // Retired and test content is not part of the platform: not seeing it hides nothing.
            boolean live = coverage.isLive(file.path()) && !file.reason().equals(FileCoverage.RETIRED)
                    && !file.reason().equals(FileCoverage.TEST);
            if (live && file.status() != FileCoverage.Status.ANALYSED) {
                byPath.put(file.path(), file);
            }
        }
    }

    static UnanalysedFiles of(Coverage coverage) {
        return new UnanalysedFiles(coverage);
    }

    /** What of {@code unit} was not analysed in full, in words; empty when all of it was. */
    Optional<String> in(UnitFacts unit) {
        if (byPath.isEmpty()) {
            return Optional.empty();
        }
        Map<Key, Integer> byReason = new HashMap<>();
        for (String file : unit.files()) {
            FileCoverage coverage = byPath.get(file);
            if (coverage != null) {
                byReason.merge(new Key(coverage.reason(), coverage.type()), 1, Integer::sum);
            }
        }
        if (byReason.isEmpty()) {
            return Optional.empty();
        }
        List<Group> groups = new ArrayList<>();
        byReason.forEach((key, files) -> groups.add(new Group(key.reason(), key.type(), files)));
        groups.sort(Comparator.comparingInt(Group::files).reversed().thenComparing(Group::reason)
                .thenComparing(Group::type));
        StringJoiner sentence = new StringJoiner(", ");
        for (int i = 0; i < groups.size(); i++) {
            // Only the first group names the unit: "5 files of this Helm chart are …, 1 file has …".
            sentence.add(describe(groups.get(i), i == 0 ? " of this " + unit.kind().label() : ""));
        }
        return Optional.of(sentence.toString());
    }

    private static String describe(Group group, String ofUnit) {
        int n = group.files();
        boolean one = n == 1;
        String files = Tally.count(n, "file") + ofUnit;
        return switch (group.reason()) {
            case FileCoverage.CHART_NOT_RENDERED -> files + (one ? " is" : " are") + " not rendered yet";
            case FileCoverage.RELEASE_NOT_RENDERED -> files + (one ? " deploys a chart" : " deploy charts")
                    + " from outside the repository that the chart cache does not hold";
            case FileCoverage.VALUES_NOT_KNOWN -> files + (one ? " is" : " are")
                    + " not rendered: the chart needs values no release in the repository gives";
            case FileCoverage.DEPENDENCY_NOT_AVAILABLE -> files + (one ? " is" : " are")
                    + " rendered without chart dependencies that are not available offline";
            // The source type says what kind of file broke, or what plumb does not read yet (Ansible, Compose).
            case FileCoverage.PARSE_ERROR -> group.type().count(n) + ofUnit + (one ? " has a parse error" : " have parse errors");
            case FileCoverage.NOT_SUPPORTED -> group.type().count(n) + ofUnit + (one ? " is" : " are") + " not read yet";
            case FileCoverage.PATCH_NOT_APPLIED -> Tally.count(n, "Kustomize patch") + ofUnit + (one ? " is" : " are")
                    + " not applied by any built overlay";
            case FileCoverage.OVERLAY_NOT_BUILT -> Tally.count(n, "kustomization") + ofUnit + (one ? " is" : " are")
                    + " not built";
            default -> files + (one ? " is" : " are") + " not analysed in full (" + group.reason() + ")";
        };
    }
}
