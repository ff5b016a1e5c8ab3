package dev.plumb.report.concerns;

import dev.plumb.report.Tally;
import dev.plumb.rule.Counted;
import dev.plumb.rule.Effort;
import dev.plumb.result.Finding;
import dev.plumb.result.PlatformFacts;
import dev.plumb.rule.RuleMeta;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Puts a concern into an operator's words: the aggregate, the statistic that tells the story, the reach. */
final class Wording {

    private static final Set<String> WORKLOAD_KINDS = Set.of(
            "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Pod");
    private static final String NO_TAG_FACET = "none";
    /** Up to this many findings, the issue quotes each message: a short list says more than a count. */
    private static final int QUOTED_MESSAGES = 3;

    private final PlatformFacts facts;

    Wording(PlatformFacts facts) {
        this.facts = facts;
    }

    Concern single(List<Finding> findings) {
        RuleMeta rule = findings.get(0).rule();
        int files = files(findings);
        String issue;
        if (rule.reporting().counted() == Counted.IMAGE_REFERENCES && findings.size() > 1) {
            issue = imageReferences(rule, findings, files);
        } else if (findings.size() == 1) {
            issue = sentence(plain(findings.get(0).message()));
        } else {
            String aggregate = counted(findings) + " across " + count(files, "file");
            issue = findings.size() <= QUOTED_MESSAGES
                    ? aggregate + ": " + findings.stream().sorted(IMPORTANCE).map(f -> plain(f.message()))
                            .collect(Collectors.joining("; ")) + "."
                    : rule.title() + ": " + aggregate + ".";
        }
        List<Location> locations = grouped(findings, f -> "");
        return new Concern(rule.id(), rule.title(), Section.of(rule), worst(findings), List.of(rule.id()),
                findings.size(), files, issue, locations, rule.rationale() + " " + reach(findings), rule.fix(),
                rule.effort());
    }

    Concern theme(Theme theme, List<Finding> findings, Map<String, RuleMeta> rules) {
        Map<String, Integer> byRule = new LinkedHashMap<>();
        for (String id : rules.keySet()) {
            int n = (int) findings.stream().filter(f -> f.rule().id().equals(id)).count();
            if (n > 0) {
                byRule.put(id, n);
            }
        }
        int files = files(findings);
        String breakdown = byRule.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> rules.get(e.getKey()).reporting().themeDetail() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        StringBuilder issue = new StringBuilder()
                .append(count(findings.size(), "gap")).append(" across ").append(count(files, "file"))
                .append(" (").append(breakdown).append(").");
        int total = theme.batch() ? facts.workloads() : facts.longRunning();
        int affected = subjects(findings).size();
        if (total > 0 && affected <= total) {
            int have = total - affected;
            String workloads = theme.batch() ? " workloads " : " long-running workloads ";
            if (have == 0) {
                issue.append(" None of the ").append(total).append(workloads).append(theme.whole()).append('.');
            } else {
                issue.append(' ').append(have * 2 < total ? "Only " + have : String.valueOf(have)).append(" of ")
                        .append(total).append(workloads).append(theme.whole()).append('.');
            }
        }
        Effort effort = byRule.keySet().stream().map(id -> rules.get(id).effort())
                .max(Comparator.naturalOrder()).orElse(Effort.S);
        List<Location> locations = grouped(findings, f -> f.rule().reporting().themeDetail());
        return new Concern(theme.id(), theme.title(), theme.section(), worst(findings), List.copyOf(byRule.keySet()),
                findings.size(), files, issue.toString(), locations, theme.impact() + " " + reach(findings),
                theme.fix(), effort);
    }

    /**
     * One location per place and subject, most important first; where several rules of a theme
     * report the same place, their details join ("no seccomp profile, may run as root").
     */
    private static List<Location> grouped(List<Finding> findings, Function<Finding, String> detail) {
        Map<String, List<Finding>> byPlace = new LinkedHashMap<>();
        for (Finding finding : findings.stream().sorted(IMPORTANCE).toList()) {
            String subject = finding.subject() == null ? "" : finding.subject().describe();
            byPlace.computeIfAbsent(finding.file() + ':' + finding.line() + '\u0000' + subject, k -> new ArrayList<>())
                    .add(finding);
        }
        List<Location> locations = new ArrayList<>();
        for (List<Finding> place : byPlace.values()) {
            String details = place.stream().map(detail).filter(d -> d != null && !d.isEmpty()).distinct()
                    .collect(Collectors.joining(", "));
            locations.add(location(place.get(0), details));
        }
        return locations;
    }

    static Location location(Finding finding, String detail) {
        Subject subject = finding.subject();
        String what = subject == null || subject.isNone() ? "" : subject.describe();
        return new Location(finding.file(), finding.line(), plain(what), detail == null ? "" : detail);
    }

    /** Worst first, then by place, so the first locations shown are the ones to fix first. */
    private static final Comparator<Finding> IMPORTANCE = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::message);

    /** "3 of 14 image references use a mutable tag (`latest` 1, `main` 1, no tag 1) across 3 files." */
    private String imageReferences(RuleMeta rule, List<Finding> findings, int files) {
        Map<String, Integer> tags = new LinkedHashMap<>();
        findings.forEach(f -> tags.merge(f.facet().isEmpty() ? NO_TAG_FACET : f.facet(), 1, Integer::sum));
        String breakdown = tags.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> (e.getKey().equals(NO_TAG_FACET) ? "no tag" : "`" + plain(e.getKey()) + "`") + " " + e.getValue())
                .collect(Collectors.joining(", "));
        int total = facts.imageReferences();
        // Only called for several findings, so the predicate's verb is plural ("use a mutable tag").
        String counted = total >= findings.size() && total > 0
                ? findings.size() + " of " + total + " image references"
                : count(findings.size(), "image reference");
        return counted + " " + rule.reporting().predicate() + " (" + breakdown + ") across " + count(files, "file") + ".";
    }

    /**
     * "7 of 9 workloads" when each finding is about a different workload and the total is known,
     * "8 containers in 6 of 9 workloads" for container findings; else the count and its noun.
     */
    private String counted(List<Finding> findings) {
        if (aboutNamespaces(findings)) {
            return count(namespaces(findings).size(), "namespace");
        }
        String noun = noun(findings);
        int affected = subjects(findings).size();
        boolean share = aboutWorkloads(findings) && facts.workloads() > 0 && affected <= facts.workloads();
        if (!share) {
            return count(findings.size(), noun);
        }
        String ofAll = affected + " of " + facts.workloads() + " workloads";
        if (noun.equals("workload") && affected == findings.size()) {
            return ofAll;
        }
        return count(findings.size(), noun) + " in " + ofAll;
    }

    /** "Affects 6 workloads in namespaces `blog`, `shop`." — the counts that make the rationale concrete. */
    private static String reach(List<Finding> findings) {
        if (aboutNamespaces(findings)) {
            Set<String> namespaces = namespaces(findings);
            return "Here it affects " + count(namespaces.size(), "namespace") + ": "
                    + namespaces.stream().map(n -> "`" + plain(n) + "`").collect(Collectors.joining(", ")) + ".";
        }
        Set<String> subjects = subjects(findings);
        if (subjects.isEmpty()) {
            return "Found in " + count(files(findings), "file") + ".";
        }
        Set<String> namespaces = namespaces(findings);
        String noun = aboutWorkloads(findings) ? "workload" : "object";
        Set<String> kinds = findings.stream().map(f -> f.subject() == null ? "" : f.subject().kind()).collect(Collectors.toSet());
        if (!aboutWorkloads(findings) && kinds.size() == 1 && !kinds.contains("")) {
            noun = kinds.iterator().next();
        }
        String where = namespaces.isEmpty() ? ""
                : (namespaces.size() == 1 ? " in namespace " : " in namespaces ")
                        + namespaces.stream().map(n -> "`" + plain(n) + "`").collect(Collectors.joining(", "));
        return "Here it affects " + count(subjects.size(), noun) + where + ".";
    }

    /** What is counted: containers, workloads, one kind of object ("ConfigMap"), places in files, or findings. */
    private static String noun(List<Finding> findings) {
        if (findings.stream().allMatch(f -> f.subject() != null && !f.subject().container().isEmpty())) {
            return "container";
        }
        if (aboutWorkloads(findings)) {
            return "workload";
        }
        if (findings.stream().allMatch(f -> f.subject() == null || f.subject().isNone())) {
            return "place";
        }
        Set<String> kinds = findings.stream().map(f -> f.subject() == null ? "" : f.subject().kind())
                .collect(Collectors.toSet());
        return kinds.size() == 1 && !kinds.contains("") ? kinds.iterator().next() : "finding";
    }

    /** Rules about a namespace report at its first workload: they count namespaces, not workloads. */
    private static boolean aboutNamespaces(List<Finding> findings) {
        return findings.get(0).rule().reporting().counted() == Counted.NAMESPACES;
    }

    private static Set<String> namespaces(List<Finding> findings) {
        Set<String> namespaces = new TreeSet<>();
        findings.stream().map(Finding::subject).filter(s -> s != null && !s.namespace().isEmpty())
                .forEach(s -> namespaces.add(s.namespace()));
        return namespaces;
    }

    private static boolean aboutWorkloads(List<Finding> findings) {
        return findings.stream().allMatch(f -> f.subject() != null && WORKLOAD_KINDS.contains(f.subject().kind()));
    }

    private static Set<String> subjects(List<Finding> findings) {
        Set<String> ids = new LinkedHashSet<>();
        findings.stream().map(Finding::subject).filter(s -> s != null && !s.isNone()).forEach(s -> ids.add(s.id()));
        return ids;
    }

    private static int files(List<Finding> findings) {
        return (int) findings.stream().map(Finding::file).distinct().count();
    }

    private static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO);
    }

    static String count(int n, String noun) {
        return Tally.count(n, noun);
    }

    /** Text from the repository loses its backticks: in the model, a backtick only ever marks code. */
    private static String plain(String text) {
        return text == null ? "" : text.replace('`', '\'');
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }
}
