package dev.plumb.report.html;

import dev.plumb.result.Finding;
import dev.plumb.result.PlatformFacts;
import dev.plumb.result.UnitFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units the compliance matrix has rows for — charts, Terraform stacks, folders of workloads —
 * as the engine placed each file. A finding in a file no unit holds (a repository-wide finding, a
 * file without workloads) falls back to its top-level folder, so every finding is counted somewhere.
 */
public final class PlatformUnits implements FindingUnits {

    private final Map<String, String> unitByFile = new HashMap<>();
    private final FindingUnits fallback = new TopLevelFolders();

    public PlatformUnits(PlatformFacts facts) {
        List<UnitFacts> units = facts.units();
        for (UnitFacts unit : units) {
            for (String file : unit.files()) {
                // Units do not nest in the engine's placement, but should two claim a file, the deeper one wins.
                unitByFile.merge(file, unit.name(), (a, b) -> depth(b) > depth(a) ? b : a);
            }
        }
    }

    @Override
    public String unitOf(Finding finding) {
        String unit = finding.file() == null ? null : unitByFile.get(finding.file());
        return unit != null ? unit : fallback.unitOf(finding);
    }

    private static int depth(String name) {
        return (int) name.chars().filter(c -> c == '/').count();
    }
}
