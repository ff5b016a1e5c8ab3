package dev.plumb.engine;

import dev.plumb.model.Container;
import dev.plumb.model.Platform;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.rule.ContainerRule;
import dev.plumb.result.Finding;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.ResourceRule;
import dev.plumb.rule.RepositoryRule;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import dev.plumb.rule.WorkloadRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every enabled rule once over the platform, then suppresses, fingerprints, deduplicates and sorts. */
public final class Engine {

    private static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::message);

    /** Below this many objects, handing rules to a second core costs more than it saves. */
    private static final int PARALLEL_FROM_RESOURCES = 500;

    /** One rule's results, kept apart so rules can run on several cores and still merge in catalogue order. */
    private record RuleRun(String ruleId, List<RawFinding> findings, List<RuleFailure> failures, Duration took) {}

    private final List<Rule> rules;
    private final EngineSettings settings;
    private final List<RuleFailure> failures = new ArrayList<>();
    private final Map<String, Duration> ruleTimes = new LinkedHashMap<>();

    public Engine(List<Rule> rules, EngineSettings settings) {
        this.rules = rules.stream().filter(rule -> !settings.disabledRules().contains(rule.meta().id())).toList();
        this.settings = settings;
    }

    public List<Finding> run(Platform platform) {
        // Rules are stateless and the platform is read-only, so they may share it across threads.
        boolean parallel = platform.resources().size() >= PARALLEL_FROM_RESOURCES;
        List<RuleRun> runs = (parallel ? rules.parallelStream() : rules.stream())
                .map(rule -> runOne(rule, platform))
                .toList();
        Map<String, RawFinding> raw = new LinkedHashMap<>();
        for (RuleRun run : runs) {
            run.findings().forEach(finding -> raw.putIfAbsent(finding.identity(), finding));
            failures.addAll(run.failures());
            ruleTimes.put(run.ruleId(), run.took());
        }
        Suppressor suppressor = new Suppressor(platform, settings.exceptions(), settings.today());
        List<RawFinding> kept = List.copyOf(raw.values());
        Map<String, Integer> fingerprintUses = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(kept.size());
        for (RawFinding finding : kept) {
            String fingerprint = fingerprint(finding, false);
            fingerprints.add(fingerprint);
            fingerprintUses.merge(fingerprint, 1, Integer::sum);
        }
        for (int i = 0; i < kept.size(); i++) {
            if (fingerprintUses.get(fingerprints.get(i)) > 1) {
                fingerprints.set(i, fingerprint(kept.get(i), true));
            }
        }
        List<String> unique = Fingerprint.disambiguate(kept.stream().map(RawFinding::at).toList(), fingerprints);
        List<Finding> findings = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            findings.add(suppressor.apply(finish(kept.get(i), unique.get(i), platform)));
        }
        findings.sort(REPORT_ORDER);
        return findings;
    }

    private RuleRun runOne(Rule rule, Platform platform) {
        RuleMeta meta = rule.meta();
        List<RawFinding> found = new ArrayList<>();
        List<RuleFailure> failed = new ArrayList<>(0);
        // A repository-wide finding names one workload only as an example: its module call says nothing there.
        boolean callSites = !(rule instanceof RepositoryRule);
        Findings sink = new Findings() {
            @Override
            public void report(Subject subject, Position at, int endLine, String message) {
                report(subject, at, endLine, message, "");
            }

            @Override
            public void report(Subject subject, Position at, int endLine, String message, String facet) {
                found.add(new RawFinding(meta, subject, at, endLine, callSites ? subject.withCallSite(message) : message, facet));
            }
        };
        long started = System.nanoTime();
        dispatch(rule, platform, sink, failed);
        return new RuleRun(meta.id(), found, failed, Duration.ofNanos(System.nanoTime() - started));
    }

    /** How long each rule took in the last run, for {@code --timings}. */
    public Map<String, Duration> ruleTimes() {
        return Map.copyOf(ruleTimes);
    }

    /** Rules that threw during the last run, one entry per rule and object. */
    public List<RuleFailure> failures() {
        return List.copyOf(failures);
    }

    private static void dispatch(Rule rule, Platform platform, Findings sink, List<RuleFailure> failures) {
        if (rule instanceof ResourceRule resourceRule && resourceRule.kinds().equals(ResourceRule.ANY_KIND)) {
            for (Resource resource : platform.resources()) {
                guarded(failures, rule, resource, () -> resourceRule.check(resource, sink));
            }
        } else if (rule instanceof ResourceRule resourceRule) {
            for (String kind : resourceRule.kinds()) {
                for (Resource resource : platform.ofKind(kind)) {
                    guarded(failures, rule, resource, () -> resourceRule.check(resource, sink));
                }
            }
        } else if (rule instanceof WorkloadRule workloadRule) {
            for (Workload workload : platform.workloads()) {
                guarded(failures, rule, workload.resource(), () -> workloadRule.check(workload, sink));
            }
        } else if (rule instanceof ContainerRule containerRule) {
            for (Workload workload : platform.workloads()) {
                for (Container container : workload.podSpec().allContainers()) {
                    guarded(failures, rule, workload.resource(), () -> containerRule.check(workload, container, sink));
                }
            }
        } else if (rule instanceof PlatformRule platformRule) {
            guarded(failures, rule, "the platform", () -> platformRule.check(platform, sink));
        }
    }

    /** {@code where} is described only when the check fails: building the text for every call costs more than the checks. */
    private static void guarded(List<RuleFailure> failures, Rule rule, Object where, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError error) {
            // One odd object must not cost the operator the rest of the scan.
            failures.add(new RuleFailure(rule.meta().id(), String.valueOf(where), error.getClass().getSimpleName()));
        }
    }

    private static String fingerprint(RawFinding raw, boolean keepDigits) {
        return Fingerprint.of(raw.rule().id(), raw.subject(), raw.at().file(), raw.message(), keepDigits);
    }

    private Finding finish(RawFinding raw, String fingerprint, Platform platform) {
        RuleMeta meta = raw.rule();
        Severity severity = settings.severityOverrides().getOrDefault(meta.id(), meta.severity());
        Position at = raw.at();
        Subject subject = raw.subject();
        // A value a chart template read from values is reported where it is set; the template that used it is
        // the other place to look, named in the message so every output carries it.
        Position template = platform.charts().templateUsing(subject.id(), at).orElse(null);
        String message = template == null ? raw.message()
                : raw.message() + " (set here; used by " + template.file() + ":" + template.line() + ")";
        return new Finding(meta, severity, message, at.file(), at.line(), Math.max(raw.endLine(), at.line()),
                subject, fingerprint, null, null, raw.facet(), null, template);
    }
}
