package dev.plumb.result;

import java.util.List;
import java.util.Set;

/**
 * One row of the compliance matrix: a Helm chart, a Terraform stack folder or a folder of plain
 * YAML, with the workloads defined in it and the files it is made of.
 *
 * @param path      the unit's folder relative to the scanned root, {@code /}-separated ("." for the root)
 * @param files     every scanned file under the unit, so a finding can be placed in its unit by file
 * @param tests     test files of the unit (a chart's {@code templates/tests/}, a stack's {@code *.tftest.hcl}); empty when none
 * @param switchedOff kinds a chart ships in its templates but no render of it made (a value keeps them off)
 */
public record UnitFacts(String path, UnitKind kind, String name, List<WorkloadFacts> workloads, Set<String> files,
                        List<String> tests, Set<String> switchedOff) {

    public UnitFacts {
        workloads = List.copyOf(workloads);
        files = Set.copyOf(files);
        tests = List.copyOf(tests);
        switchedOff = Set.copyOf(switchedOff);
    }

    public UnitFacts(String path, UnitKind kind, String name, List<WorkloadFacts> workloads, Set<String> files,
                     List<String> tests) {
        this(path, kind, name, workloads, files, tests, Set.of());
    }

    public boolean holds(String file) {
        return files.contains(file);
    }
}
