package dev.plumb.report.compliance;

import dev.plumb.result.Finding;
import dev.plumb.result.ScanResult;
import dev.plumb.result.UnitFacts;
import dev.plumb.result.UnitKind;
import dev.plumb.result.WorkloadFacts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The compliance matrix as data: one row per unit (chart, Terraform stack, folder of workloads),
 * one column per control, and a totals line per control. Markdown and HTML render this one model.
 *
 * <p>How a cell is judged:
 * <ul>
 *   <li>A control applies to the unit's workloads — PDB only to those with two replicas or more
 *       (the autoscaler's minimum where one scales it), probes and ServiceMonitor only to
 *       long-running ones, tests only to charts and Terraform stacks. No such workload: –.</li>
 *   <li>A control with rules is ✘ when an active finding of one of them is about one of the unit's
 *       workloads, or sits in one of its files without naming another unit's workload. Findings
 *       under an accepted exception do not count; the concerns audit lists them.</li>
 *   <li>ServiceAccount is ✘ when a workload runs as {@code default}; ServiceMonitor when a
 *       long-running workload is selected by no ServiceMonitor or PodMonitor and carries no
 *       {@code prometheus.io/scrape: "true"} (nor does a Service in front of it); tests when a chart
 *       has no {@code templates/tests/} and no {@code helm.sh/hook: test}, or a stack no
 *       {@code *.tftest.hcl}.</li>
 *   <li>A chart that ships the control's object in a template no render made (a ServiceMonitor behind
 *       {@code serviceMonitor.enabled: false}) is ○, off by default, instead of ✘; it counts as missing.</li>
 *   <li>In a unit holding live infrastructure files plumb analysed only in part or not at all (an
 *       unrendered chart, a release whose chart is not rendered, a parse error), a cell that would
 *       be ✔ or – is ? — not checked — with what was not analysed as its reason; a ✘ stays, and so
 *       does the tests column, which the file names decide.</li>
 * </ul>
 */
public record ComplianceMatrix(List<Control> controls, List<Row> rows, List<Total> totals,
                               Map<Control, Set<String>> rulesBehind) {

    public ComplianceMatrix {
        controls = List.copyOf(controls);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
        rulesBehind = Map.copyOf(rulesBehind);
    }

    /** The ids of the rules whose findings make this control's cells ✘, sorted: where a reader finds the fix. */
    public Set<String> rulesBehind(Control control) {
        return rulesBehind.getOrDefault(control, Set.of());
    }

    /** Per unit with ? cells, which controls and why, in row order. */
    public List<NotChecked> notChecked() {
        return rows.stream().map(NotChecked::of).flatMap(Optional::stream).toList();
    }

    public static ComplianceMatrix of(ScanResult result) {
        return of(result, Control.all());
    }

    public static ComplianceMatrix of(ScanResult result, List<Control> controls) {
        List<UnitFacts> units = result.facts().units();
        Set<String> allWorkloads = new HashSet<>();
        units.forEach(unit -> unit.workloads().forEach(w -> allWorkloads.add(w.subject())));
        List<Finding> active = result.active();
        Map<Control, ControlFindings> byControl = new EnumMap<>(Control.class);
        for (Control control : controls) {
            byControl.put(control, ControlFindings.of(control, active));
        }
        UnanalysedFiles unanalysed = UnanalysedFiles.of(result.coverage());
        List<Row> rows = new ArrayList<>();
        for (UnitFacts unit : units) {
            Optional<String> unseen = unanalysed.in(unit);
            List<Cell> cells = new ArrayList<>();
            for (Control control : controls) {
                Cell judged = judge(unit, control, byControl.get(control), allWorkloads);
                cells.add(unseen.isPresent() && couldChange(judged) ? Cell.notChecked(control, unit.name(), unseen.get())
                        : judged);
            }
            rows.add(new Row(unit, cells));
        }
        List<Total> totals = new ArrayList<>();
        for (Control control : controls) {
            int have = 0;
            int missing = 0;
            int notChecked = 0;
            for (Row row : rows) {
                Mark mark = row.cell(control).mark();
                have += mark == Mark.HAVE ? 1 : 0;
                missing += mark.lacking() ? 1 : 0;
                notChecked += mark == Mark.NOT_CHECKED ? 1 : 0;
            }
            totals.add(new Total(control, have, missing, notChecked));
        }
        Map<Control, Set<String>> rulesBehind = new EnumMap<>(Control.class);
        for (Control control : controls) {
            Set<String> ids = new TreeSet<>();
            for (Row row : rows) {
                Cell cell = row.cell(control);
                if (cell.mark().lacking()) {
                    // A gap's reasons mix rule ids and facts in words; only the rule ids point at CONCERNS.md.
                    cell.gaps().forEach(gap -> gap.reasons().stream().filter(byControl.get(control).rules()::contains)
                            .forEach(ids::add));
                }
            }
            rulesBehind.put(control, Collections.unmodifiableSet(ids));
        }
        return new ComplianceMatrix(controls, rows, totals, rulesBehind);
    }

    /**
     * True when what plumb did not see could turn this cell: a ✔ or – rests on having seen every
     * workload and object of the unit, while a ✘ is a finding in content plumb did read, and a
     * control judged from the files alone (tests) saw all it needs.
     */
    private static boolean couldChange(Cell judged) {
        return !judged.mark().lacking() && !judged.control().judgedFromFilesAlone();
    }

    /** A control's active findings by subject and by file: a large repository has thousands of units and findings. */
    private record ControlFindings(Map<String, List<Finding>> bySubject, Map<String, List<Finding>> byFile,
                                   Set<String> rules) {

        static ControlFindings of(Control control, List<Finding> active) {
            Map<String, List<Finding>> bySubject = new HashMap<>();
            Map<String, List<Finding>> byFile = new HashMap<>();
            Set<String> rules = new HashSet<>();
            for (Finding finding : active) {
                if (control.backedBy(finding.rule())) {
                    rules.add(finding.rule().id());
                    bySubject.computeIfAbsent(finding.subject().id(), k -> new ArrayList<>()).add(finding);
                    byFile.computeIfAbsent(finding.file(), k -> new ArrayList<>()).add(finding);
                }
            }
            return new ControlFindings(bySubject, byFile, rules);
        }
    }

    private static Cell judge(UnitFacts unit, Control control, ControlFindings findings, Set<String> allWorkloads) {
        List<WorkloadFacts> applicable = unit.workloads().stream().filter(appliesTo(control)).toList();
        boolean applies = switch (control) {
            case TESTS -> unit.kind() != UnitKind.FOLDER;
            case PINNED_IMAGES -> !applicable.isEmpty() || unit.kind() == UnitKind.TERRAFORM_STACK;
            default -> !applicable.isEmpty();
        };
        if (!applies) {
            return new Cell(control, Mark.NOT_APPLICABLE, List.of());
        }
        Map<String, Set<String>> gaps = new TreeMap<>();
        Set<String> subjects = new HashSet<>();
        applicable.forEach(w -> subjects.add(w.subject()));
        List<Finding> about = new ArrayList<>();
        subjects.forEach(subject -> about.addAll(findings.bySubject().getOrDefault(subject, List.of())));
        for (String file : unit.files()) {
            for (Finding finding : findings.byFile().getOrDefault(file, List.of())) {
                if (!allWorkloads.contains(finding.subject().id())) {
                    about.add(finding);
                }
            }
        }
        for (Finding finding : about) {
            String subject = finding.subject().id();
            String where = finding.line() > 0 ? finding.location() : finding.file();
            gaps.computeIfAbsent(subject.isEmpty() ? where : subject, k -> new TreeSet<>()).add(finding.rule().id());
        }
        for (WorkloadFacts workload : applicable) {
            if (control == Control.SERVICE_ACCOUNT && !workload.ownServiceAccount()) {
                gaps.computeIfAbsent(workload.subject(), k -> new TreeSet<>()).add("runs as ServiceAccount default");
            }
            if (control == Control.SERVICE_MONITOR && !workload.scraped()) {
                gaps.computeIfAbsent(workload.subject(), k -> new TreeSet<>())
                        .add("scraped by no ServiceMonitor, PodMonitor or prometheus.io/scrape annotation");
            }
        }
        if (control == Control.TESTS && unit.tests().isEmpty()) {
            gaps.computeIfAbsent(unit.name(), k -> new TreeSet<>()).add(unit.kind() == UnitKind.CHART
                    ? "no templates/tests/ and no helm.sh/hook: test" : "no *.tftest.hcl");
        }
        List<Gap> found = gaps.entrySet().stream().map(e -> new Gap(e.getKey(), List.copyOf(e.getValue()))).toList();
        if (found.isEmpty()) {
            return new Cell(control, Mark.HAVE, found);
        }
        // The chart has the template; a value keeps it off in every release plumb rendered.
        boolean switchedOff = control.kinds().stream().anyMatch(unit.switchedOff()::contains);
        return new Cell(control, switchedOff ? Mark.DISABLED : Mark.MISSING, found);
    }

    private static Predicate<WorkloadFacts> appliesTo(Control control) {
        return switch (control) {
            case PDB -> workload -> workload.replicas() >= 2;
            case PROBES, SERVICE_MONITOR -> WorkloadFacts::longRunning;
            default -> workload -> true;
        };
    }
}
