package dev.plumb.rules.capabilities;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.model.Workload;
import java.util.ArrayList;
import java.util.HashSet;
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
 * missing-capability rule shares. Objects are read through the platform's indexes; files are read
 * only when no object came from them (scripts, Compose files, Ansible, CI workflows, chart
 * templates), so a repository of ten thousand manifests costs a pass over its objects, not over its
 * text.
 */
final class Evidence {

    /** Notes, not configuration: a README that says "we should add restic" is not a backup. */
    private static final Set<String> DOCUMENTS = Set.of("md", "markdown", "txt", "rst", "adoc", "html", "htm", "org");
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

    /** The first place that shows the capability, objects before files. */
    static Optional<Anchor> find(Platform platform, Signals signals) {
        return inObjects(platform, signals)
                .or(() -> inWorkloads(platform, signals))
                .or(() -> inReleases(platform, signals))
                .or(() -> inEmbeddedText(platform, signals))
                .or(() -> inFiles(platform, signals));
    }

    private static Optional<Anchor> inObjects(Platform platform, Signals signals) {
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
        if (signals.anyKindGroups.isEmpty() && signals.annotationPrefixes.isEmpty()) {
            return Optional.empty();
        }
        for (Resource resource : platform.resources()) {
            if (!signals.anyKindGroups.isEmpty() && signals.groupMatches(resource.group())) {
                return Optional.of(Anchor.at(resource, resource.id()));
            }
            Optional<String> key = annotated(resource.annotations(), signals);
            if (key.isPresent()) {
                return Optional.of(Anchor.at(resource, resource.metadata().path("annotations", key.get()),
                        "annotation " + key.get() + " on " + resource.id()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> annotated(Map<String, String> annotations, Signals signals) {
        if (annotations.isEmpty()) {
            return Optional.empty();
        }
        for (String key : annotations.keySet()) {
            for (String prefix : signals.annotationPrefixes) {
                if (key.startsWith(prefix)) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Anchor> inWorkloads(Platform platform, Signals signals) {
        List<String> hints = signals.commandHints();
        for (Workload workload : platform.workloads()) {
            Resource resource = workload.resource();
            if (workload.isBatch()) {
                for (String part : signals.batchNameParts) {
                    if (workload.name().contains(part)) {
                        return Optional.of(Anchor.at(resource, resource.id()));
                    }
                }
            }
            Optional<String> key = annotated(workload.templateAnnotations(), signals);
            if (key.isPresent()) {
                return Optional.of(Anchor.at(resource, workload.template().path("metadata", "annotations", key.get()),
                        "annotation " + key.get() + " on the pods of " + resource.id()));
            }
            for (Container container : workload.podSpec().allContainers()) {
                String image = container.image();
                if (image != null && imageMatches(image, signals)) {
                    return Optional.of(Anchor.at(resource, container.imageNode(), "image " + image + " in " + resource.id()));
                }
                Optional<Node> command = runs(container, signals, hints);
                if (command.isPresent()) {
                    return Optional.of(Anchor.at(resource, command.get(), "the command of " + resource.id()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> runs(Container container, Signals signals, List<String> hints) {
        if (signals.commands == null) {
            return Optional.empty();
        }
        List<Node> words = container.commandLine();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String text = commandText(container);
        if (!containsAny(text, hints) || !signals.commands.matcher(text).find()) {
            return Optional.empty();
        }
        for (Node word : words) {
            String value = word.text();
            if (value != null && containsAny(value, hints)) {
                return Optional.of(word);
            }
        }
        return Optional.of(words.get(0));
    }

    private static String commandText(Container container) {
        StringBuilder text = new StringBuilder();
        for (Node word : container.commandLine()) {
            text.append(word.textOr("")).append(' ');
        }
        return text.toString();
    }

    static boolean imageMatches(String image, Signals signals) {
        if (signals.images.isEmpty() && signals.imageParts.isEmpty()) {
            return false;
        }
        ImageReference reference = ImageReference.parse(image);
        String repository = reference.repository().toLowerCase(Locale.ROOT);
        String name = reference.shortName().toLowerCase(Locale.ROOT);
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
        name = name.substring(name.lastIndexOf('/') + 1);
        return signals.charts.contains(name);
    }

    /**
     * Text held inside objects: ConfigMap values (scripts, tool configuration), k3s HelmChart and
     * HelmChartConfig {@code valuesContent}, and Flux HelmRelease {@code values} (keys and values).
     */
    private static Optional<Anchor> inEmbeddedText(Platform platform, Signals signals) {
        if (signals.mentions.isEmpty() && signals.commands == null) {
            return Optional.empty();
        }
        for (Resource configMap : platform.ofKind("ConfigMap")) {
            for (Node value : configMap.body().get("data").fields().values()) {
                Optional<String> found = lineEvidence(value.text(), signals);
                if (found.isPresent()) {
                    return Optional.of(Anchor.at(configMap, value, found.get() + " in " + configMap.id()));
                }
            }
        }
        for (String kind : List.of("HelmChartConfig", "HelmChart")) {
            for (Resource object : platform.ofKind(kind)) {
                Node values = object.spec().get("valuesContent");
                Optional<String> found = lineEvidence(values.text(), signals);
                if (found.isPresent()) {
                    return Optional.of(Anchor.at(object, values, found.get() + " in " + object.id()));
                }
            }
        }
        for (Resource release : platform.ofKind("HelmRelease")) {
            Optional<Node> found = firstInTree(release.spec().get("values"), text -> lineEvidence(text, signals).isPresent());
            if (found.isPresent()) {
                return Optional.of(Anchor.at(release, found.get(), "values of " + release.id()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> firstInTree(Node node, Predicate<String> test) {
        if (node.isScalar()) {
            return test.test(node.textOr("")) ? Optional.of(node) : Optional.empty();
        }
        for (Map.Entry<String, Node> field : node.fields().entrySet()) {
            if (test.test(field.getKey())) {
                return Optional.of(field.getValue());
            }
            Optional<Node> below = firstInTree(field.getValue(), test);
            if (below.isPresent()) {
                return below;
            }
        }
        for (Node element : node.elements()) {
            Optional<Node> below = firstInTree(element, test);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    /** A mention or a command on a line that is not a comment. */
    private static Optional<String> lineEvidence(String text, Signals signals) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        boolean mentions = containsAny(text, signals.mentions);
        boolean commands = signals.commands != null && containsAny(text, signals.commandHints());
        if (!mentions && !commands) {
            return Optional.empty();
        }
        for (String line : text.split("\n")) {
            if (isCommentLine(line)) {
                continue;
            }
            for (String mention : signals.mentions) {
                if (line.contains(mention)) {
                    return Optional.of("\"" + mention + "\"");
                }
            }
            if (commands) {
                Matcher matcher = signals.commands.matcher(line);
                if (matcher.find()) {
                    return Optional.of("\"" + matcher.group() + "\"");
                }
            }
        }
        return Optional.empty();
    }

    /** Scripts, Compose files, Ansible, CI workflows, Terraform and chart templates: files no object came from. */
    private static Optional<Anchor> inFiles(Platform platform, Signals signals) {
        Set<String> manifests = null;
        for (TextFile file : platform.textFiles()) {
            for (Predicate<TextFile> test : signals.files) {
                if (test.test(file)) {
                    return Optional.of(Anchor.inFile(file, 1, file.path()));
                }
            }
            if (isDocument(file) || file.name().equals(".plumb.yaml")) {
                continue;
            }
            if (manifests == null) {
                manifests = new HashSet<>();
                for (Resource resource : platform.resources()) {
                    manifests.add(resource.origin().file());
                }
            }
            if (!manifests.contains(file.path())) {
                Optional<Anchor> found = inText(file, signals);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Anchor> inText(TextFile file, Signals signals) {
        String text = file.text();
        boolean mentions = containsAny(text, signals.mentions);
        boolean commands = signals.commands != null && containsAny(text, signals.commandHints());
        boolean images = !(signals.images.isEmpty() && signals.imageParts.isEmpty())
                && (text.contains("image") || text.contains("repository") || text.contains("FROM"));
        boolean charts = !signals.charts.isEmpty() && (text.contains("chart") || text.contains("helmCharts"));
        boolean kinds = !(signals.kindsByGroup.isEmpty() && signals.anyKindGroups.isEmpty()) && text.contains("apiVersion");
        if (!(mentions || commands || images || charts || kinds)) {
            return Optional.empty();
        }
        boolean kustomizeCharts = charts && file.name().startsWith("kustomization.") && text.contains("helmCharts");
        String group = "";
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (isCommentLine(line)) {
                continue;
            }
            Optional<String> found = mentions || commands ? lineEvidence(line, signals) : Optional.empty();
            if (found.isEmpty() && images) {
                Matcher image = IMAGE_LINE.matcher(line);
                if (image.find()) {
                    String reference = image.group(1) != null ? image.group(1) : image.group(2);
                    if (imageMatches(reference, signals)) {
                        found = Optional.of("image " + reference);
                    }
                }
            }
            if (found.isEmpty() && charts) {
                Matcher chart = (kustomizeCharts ? NAME_LINE : CHART_LINE).matcher(line);
                if (chart.find() && chartMatches(chart.group(1), signals)) {
                    found = Optional.of("chart " + chart.group(1));
                }
            }
            if (found.isEmpty() && kinds) {
                Matcher apiVersion = API_VERSION_LINE.matcher(line);
                Matcher kind = KIND_LINE.matcher(line);
                if (apiVersion.find()) {
                    group = apiVersion.group(1);
                } else if (kind.find() && kindMatches(group, kind.group(1), signals)) {
                    found = Optional.of(kind.group(1) + " (" + group + ")");
                }
            }
            if (found.isPresent()) {
                return Optional.of(Anchor.inFile(file, i + 1, found.get() + " in " + file.path()));
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
        return DOCUMENTS.contains(file.extension());
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
