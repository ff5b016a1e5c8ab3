package dev.plumb.rules.capabilities;

import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What shows that a platform has a capability: object kinds of an API group, container images,
 * commands, Helm charts, namespaces, annotations, workload names, files, and literal mentions in
 * scripts and configuration. Built once per rule (a static constant) and read by {@link Evidence}.
 */
final class Signals {

    /** A kind condition that needs more than the kind ("a RecurringJob whose task is backup"). */
    record Condition(String kind, Predicate<Resource> test, String what) {}

    final Map<String, Set<String>> kindsByGroup = new LinkedHashMap<>();
    final Set<String> anyKindGroups = new LinkedHashSet<>();
    final List<Condition> conditions = new ArrayList<>();
    final List<String> images = new ArrayList<>();
    final List<String> imageParts = new ArrayList<>();
    final List<String> commandWords = new ArrayList<>();
    Pattern commands;
    private List<String> commandHints = List.of();
    final Set<String> charts = new LinkedHashSet<>();
    final Set<String> namespaces = new LinkedHashSet<>();
    final List<String> annotationPrefixes = new ArrayList<>();
    final List<String> batchNameParts = new ArrayList<>();
    final List<String> mentions = new ArrayList<>();
    final List<Predicate<TextFile>> files = new ArrayList<>();

    /** Objects of these kinds in {@code group} (or a sub-group: "acme.cert-manager.io" is in "cert-manager.io"). */
    Signals kinds(String group, String... kinds) {
        kindsByGroup.computeIfAbsent(group, g -> new LinkedHashSet<>()).addAll(List.of(kinds));
        return this;
    }

    /** Any object of these API groups. */
    Signals groups(String... groups) {
        anyKindGroups.addAll(List.of(groups));
        return this;
    }

    Signals when(String kind, String what, Predicate<Resource> test) {
        conditions.add(new Condition(kind, test, what));
        return this;
    }

    /**
     * Images by name: "velero" is the last path segment exactly; "zabbix-" is a prefix of it;
     * "grafana/agent" is the end of the repository path.
     */
    Signals images(String... names) {
        images.addAll(List.of(names));
        return this;
    }

    /** Images whose repository contains the text anywhere ("backup" in "prodrigestivill/postgres-backup-local"). */
    Signals imagesContaining(String... parts) {
        imageParts.addAll(List.of(parts));
        return this;
    }

    /**
     * Commands run by containers, scripts and configuration: a word ("restic") or a phrase whose words
     * may have options between them ("restic restore" matches "restic -r s3:… restore latest").
     */
    Signals commands(String... words) {
        commandWords.addAll(List.of(words));
        commands = Pattern.compile(commandWords.stream().map(Signals::commandRegex).collect(Collectors.joining("|")));
        commandHints = commandWords.stream().map(word -> word.trim().split("\\s+")[0]).distinct().toList();
        return this;
    }

    /** Helm charts by name, installed by Flux, Argo CD, k3s's HelmChart, helmfile or Terraform. */
    Signals charts(String... names) {
        charts.addAll(List.of(names));
        return this;
    }

    /** A namespace a tool installs itself into: objects in it mean the tool is there, whoever installed it. */
    Signals namespaces(String... names) {
        namespaces.addAll(List.of(names));
        return this;
    }

    /** Annotation keys (or key prefixes) on objects or pod templates. */
    Signals annotations(String... prefixes) {
        annotationPrefixes.addAll(List.of(prefixes));
        return this;
    }

    /** Jobs and CronJobs whose name contains the text ("restore-test"). */
    Signals batchNamed(String... parts) {
        batchNameParts.addAll(List.of(parts));
        return this;
    }

    /** Literal text on a non-comment line of a script, a configuration file or a ConfigMap value. */
    Signals mentions(String... texts) {
        mentions.addAll(List.of(texts));
        return this;
    }

    /** A file whose presence (and content) is the evidence. */
    Signals file(Predicate<TextFile> test) {
        files.add(test);
        return this;
    }

    boolean groupMatches(String group) {
        return matchesGroup(group, anyKindGroups);
    }

    static boolean matchesGroup(String group, Iterable<String> groups) {
        for (String candidate : groups) {
            if (group.equals(candidate) || group.endsWith("." + candidate)) {
                return true;
            }
        }
        return false;
    }

    private static String commandRegex(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        StringBuilder regex = new StringBuilder("(?<![\\w-])").append(Pattern.quote(words[0]));
        for (int i = 1; i < words.length; i++) {
            regex.append("(?:\\s+\\S+){0,6}?\\s+").append(Pattern.quote(words[i]));
        }
        return regex.append("(?![\\w-])").toString();
    }

    /** The first word of each command: cheap literal checks before the pattern runs. */
    List<String> commandHints() {
        return commandHints;
    }
}
