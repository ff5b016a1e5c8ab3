package dev.plumb.rules.capabilities;

import dev.plumb.model.ImageReference;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the repository shows a capability, and where: the one "is it there?" search every
 * missing-capability rule shares. Objects are read through the platform's indexes and the shared
 * {@link Inventory}; file text is read only where no object came from it (scripts, Compose files,
 * Ansible, CI workflows, chart templates) or where objects carry text (ConfigMap values, Helm
 * values), and only outside comments.
 */
final class Evidence {

    private static final Pattern IMAGE_LINE = Pattern.compile(
            "(?:\\bimage|\\brepository)[\"']?\\s*[:=]\\s*[\"']?([\\w./:@-]+)|^\\s*FROM\\s+(?:--\\S+\\s+)*([\\w./:@-]+)");
    private static final Pattern CHART_LINE = Pattern.compile("\\bchart(?:_ref|_name|Name)?[\"']?\\s*[:=]\\s*[\"']?([\\w.:/@-]+)");
    private static final Pattern NAME_LINE = Pattern.compile("^\\s*-?\\s*name:\\s*[\"']?([\\w.-]+)");
    private static final Pattern API_VERSION_LINE = Pattern.compile("^\\s*apiVersion:\\s*[\"']?([\\w.-]+)/");
    private static final Pattern KIND_LINE = Pattern.compile("^\\s*kind:\\s*[\"']?(\\w+)");

    private Evidence() {
    }

    static boolean present(Platform platform, Signals signals) {
        return find(platform, signals).isPresent();
    }

    /** The first place that shows the capability: objects, then containers, charts, text, files. */
    static Optional<Anchor> find(Platform platform, Signals signals) {
        Inventory inventory = Inventory.of(platform);
        return inObjects(platform, inventory, signals)
                .or(() -> inWorkloads(inventory, signals))
                .or(() -> inReleases(platform, signals))
                .or(() -> inText(inventory, signals))
                .or(() -> inFiles(platform, inventory, signals));
    }

    private static Optional<Anchor> inObjects(Platform platform, Inventory inventory, Signals signals) {
        for (Map.Entry<String, Set<String>> entry : signals.kindsByGroup.entrySet()) {
            for (String kind : entry.getValue()) {
                for (Resource resource : platform.ofKind(kind)) {
                    if (Signals.matchesGroup(resource.group(), List.of(entry.getKey()))) {
                        return Optional.of(Anchor.at(resource, resource.id()));
                    }
                }
            }
        }
        for (Signals.Condition condition : signals.conditions) {
            for (Resource resource : platform.ofKind(condition.kind())) {
                if (condition.test().test(resource)) {
                    return Optional.of(Anchor.at(resource, resource.id() + " " + condition.what()));
                }
            }
        }
        for (String namespace : signals.namespaces) {
            Optional<Resource> object = platform.find("Namespace", "", namespace);
            if (object.isPresent()) {
                return Optional.of(Anchor.at(object.get(), "Namespace " + namespace));
            }
            List<Resource> inside = platform.inNamespace(namespace);
            if (!inside.isEmpty()) {
                return Optional.of(Anchor.at(inside.get(0), "objects in namespace " + namespace));
            }
        }
        if (!signals.anyKindGroups.isEmpty()) {
            for (Map.Entry<String, Resource> entry : inventory.firstOfGroup.entrySet()) {
                if (signals.groupMatches(entry.getKey())) {
                    return Optional.of(Anchor.at(entry.getValue(), entry.getValue().id()));
                }
            }
        }
        for (String prefix : signals.annotationPrefixes) {
            for (Map.Entry<String, Anchor> entry : inventory.annotationKeys.entrySet()) {
                if (entry.getKey().startsWith(prefix)) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Anchor> inWorkloads(Inventory inventory, Signals signals) {
        for (String part : signals.batchNameParts) {
            for (Resource job : inventory.batchWorkloads) {
                if (job.name().contains(part)) {
                    return Optional.of(Anchor.at(job, job.id()));
                }
            }
        }
        if (!signals.images.isEmpty() || !signals.imageParts.isEmpty()) {
            for (Inventory.Image image : inventory.images) {
                if (imageMatches(image.repository(), image.name(), signals)) {
                    return Optional.of(Anchor.at(image.resource(), image.node(),
                            "image " + image.raw() + " in " + image.resource().id()));
                }
            }
        }
        if (signals.commands != null) {
            List<String> hints = signals.commandHints();
            for (Inventory.Command command : inventory.commands) {
                if (containsAny(command.text(), hints) && signals.commands.matcher(command.text()).find()) {
                    Node word = command.words().stream().filter(w -> containsAny(w.textOr(""), hints)).findFirst()
                            .orElse(command.words().get(0));
                    return Optional.of(Anchor.at(command.resource(), word, "the command of " + command.resource().id()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "velero" is a last path segment exactly; "zabbix-" a prefix of it; "grafana/agent" the end of
     * the repository path; parts match anywhere in the repository.
     */
    static boolean imageMatches(String repository, String name, Signals signals) {
        for (String wanted : signals.images) {
            boolean matches = wanted.contains("/") ? repository.equals(wanted) || repository.endsWith("/" + wanted)
                    : wanted.endsWith("-") ? name.startsWith(wanted) : name.equals(wanted);
            if (matches) {
                return true;
            }
        }
        for (String part : signals.imageParts) {
            if (repository.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Anchor> inReleases(Platform platform, Signals signals) {
        if (signals.charts.isEmpty()) {
            return Optional.empty();
        }
        for (Resource release : platform.ofKind("HelmRelease")) {
            Node chart = release.spec().path("chart", "spec", "chart");
            if (chart.isMissing()) {
                chart = release.spec().path("chartRef", "name");
            }
            if (chartMatches(chart.text(), signals)) {
                return Optional.of(Anchor.at(release, chart, "chart " + chart.text() + " in " + release.id()));
            }
            // A generic chart (bjw-s app-template) deploys what the release is named after.
            if (chartMatches(release.name(), signals)) {
                return Optional.of(Anchor.at(release, release.id()));
            }
        }
        for (Resource repository : platform.ofKind("OCIRepository")) {
            Node url = repository.spec().get("url");
            if (repository.group().equals("source.toolkit.fluxcd.io") && chartMatches(url.text(), signals)) {
                return Optional.of(Anchor.at(repository, url, "chart " + url.text() + " in " + repository.id()));
            }
        }
        for (Resource application : platform.ofKind("Application")) {
            List<Node> sources = new ArrayList<>(application.spec().get("sources").elements());
            sources.add(application.spec().get("source"));
            for (Node source : sources) {
                if (chartMatches(source.get("chart").text(), signals)) {
                    return Optional.of(Anchor.at(application, source.get("chart"),
                            "chart " + source.get("chart").text() + " in " + application.id()));
                }
            }
        }
        for (Resource chartObject : platform.ofKind("HelmChart")) {
            Node chart = chartObject.spec().get("chart");
            if (chartMatches(chart.text(), signals)) {
                return Optional.of(Anchor.at(chartObject, chart, "chart " + chart.text() + " in " + chartObject.id()));
            }
        }
        return Optional.empty();
    }

    /** "oci://ghcr.io/acme/charts/velero", "vmware-tanzu/velero" and "velero" are the same chart. */
    static boolean chartMatches(String reference, Signals signals) {
        if (reference == null || reference.isBlank()) {
            return false;
        }
        String name = reference.trim().toLowerCase(Locale.ROOT);
        return signals.charts.contains(name.substring(name.lastIndexOf('/') + 1));
    }

    /** Mentions and commands in text held by objects and in loose files, on lines that are not comments. */
    private static Optional<Anchor> inText(Inventory inventory, Signals signals) {
        for (String mention : signals.mentions) {
            Optional<Anchor> found = search(inventory, mention, null);
            if (found.isPresent()) {
                return found;
            }
        }
        if (signals.commands != null) {
            for (String hint : signals.commandHints()) {
                Optional<Anchor> found = search(inventory, hint, signals.commands);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The first non-comment line holding {@code needle} (and matching {@code confirm}, when given). */
    private static Optional<Anchor> search(Inventory inventory, String needle, Pattern confirm) {
        String text = inventory.allText;
        int at = text.indexOf(needle);
        while (at >= 0) {
            int lineStart = text.lastIndexOf('\n', at) + 1;
            int lineEnd = text.indexOf('\n', at);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            Matcher matcher = confirm == null ? null : confirm.matcher(line);
            if (!isCommentLine(line) && (matcher == null || matcher.find())) {
                String what = "\"" + (matcher == null ? needle : matcher.group()) + "\"";
                Inventory.Chunk chunk = inventory.chunkAt(at);
                if (chunk.resource() != null) {
                    return Optional.of(Anchor.at(chunk.resource(), chunk.node(), what + " in " + chunk.resource().id()));
                }
                int lineNumber = 1 + (int) text.substring(inventory.chunkStart(at), lineStart).chars()
                        .filter(c -> c == '\n').count();
                return Optional.of(Anchor.inFile(chunk.file(), lineNumber, what + " in " + chunk.file().path()));
            }
            at = lineEnd < 0 ? -1 : text.indexOf(needle, lineEnd);
        }
        return Optional.empty();
    }

    /** Files that are evidence by themselves, then images, charts and object kinds written in loose files. */
    private static Optional<Anchor> inFiles(Platform platform, Inventory inventory, Signals signals) {
        if (!signals.files.isEmpty()) {
            for (TextFile file : platform.textFiles()) {
                if (!Inventory.isEvidence(file) || !platform.coverage().isLive(file.path())) {
                    continue;
                }
                for (Predicate<TextFile> test : signals.files) {
                    if (test.test(file)) {
                        return Optional.of(Anchor.inFile(file, 1, file.path()));
                    }
                }
            }
        }
        for (TextFile file : inventory.looseFiles) {
            Optional<Anchor> found = structure(file, signals);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Images (Compose, Ansible, Terraform, Dockerfile), charts (helmfile, kustomize, Terraform) and kinds (chart templates). */
    private static Optional<Anchor> structure(TextFile file, Signals signals) {
        String text = file.text();
        boolean images = !(signals.images.isEmpty() && signals.imageParts.isEmpty())
                && (text.contains("image") || text.contains("repository") || text.contains("FROM"));
        boolean charts = !signals.charts.isEmpty() && (text.contains("chart") || text.contains("helmCharts"));
        boolean kinds = !(signals.kindsByGroup.isEmpty() && signals.anyKindGroups.isEmpty()) && text.contains("apiVersion");
        if (!(images || charts || kinds)) {
            return Optional.empty();
        }
        // Kustomize's helmCharts and a chart's dependencies name charts with "name:".
        boolean kustomizeCharts = charts && (file.name().startsWith("kustomization.") && text.contains("helmCharts")
                || file.name().equals("Chart.yaml"));
        String group = "";
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (isCommentLine(line)) {
                continue;
            }
            String found = null;
            if (images) {
                Matcher image = IMAGE_LINE.matcher(line);
                if (image.find()) {
                    String reference = image.group(1) != null ? image.group(1) : image.group(2);
                    ImageReference parsed = ImageReference.parse(reference);
                    if (imageMatches(parsed.repository().toLowerCase(Locale.ROOT),
                            parsed.shortName().toLowerCase(Locale.ROOT), signals)) {
                        found = "image " + reference;
                    }
                }
            }
            if (found == null && charts) {
                Matcher chart = (kustomizeCharts ? NAME_LINE : CHART_LINE).matcher(line);
                if (chart.find() && chartMatches(chart.group(1), signals)) {
                    found = "chart " + chart.group(1);
                }
            }
            if (found == null && kinds) {
                Matcher apiVersion = API_VERSION_LINE.matcher(line);
                Matcher kind = KIND_LINE.matcher(line);
                if (apiVersion.find()) {
                    group = apiVersion.group(1);
                } else if (kind.find() && kindMatches(group, kind.group(1), signals)) {
                    found = kind.group(1) + " (" + group + ")";
                }
            }
            if (found != null) {
                return Optional.of(Anchor.inFile(file, i + 1, found + " in " + file.path()));
            }
        }
        return Optional.empty();
    }

    private static boolean kindMatches(String group, String kind, Signals signals) {
        if (group.isEmpty()) {
            return false;
        }
        if (signals.groupMatches(group)) {
            return true;
        }
        for (Map.Entry<String, Set<String>> entry : signals.kindsByGroup.entrySet()) {
            if (entry.getValue().contains(kind) && Signals.matchesGroup(group, List.of(entry.getKey()))) {
                return true;
            }
        }
        return false;
    }

    static boolean isDocument(TextFile file) {
        return Inventory.isDocument(file);
    }

    static boolean isCommentLine(String line) {
        String trimmed = line.stripLeading();
        // Not "--" or ";": a shell continuation line ("  --certificatesresolvers.le.acme…") starts like that.
        return trimmed.startsWith("#") || trimmed.startsWith("//") || trimmed.startsWith("/*") || trimmed.startsWith("* ");
    }

    private static boolean containsAny(String text, List<String> needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
