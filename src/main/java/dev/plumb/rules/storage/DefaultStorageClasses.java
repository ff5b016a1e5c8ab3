package dev.plumb.rules.storage;

import dev.plumb.model.HelmRelease;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The StorageClasses a repository makes the cluster's default: one annotated
 * {@code storageclass.kubernetes.io/is-default-class: "true"}, or one a storage provisioner's Helm
 * values mark default ({@code storageClass.defaultClass: true} for nfs-subdir-external-provisioner and
 * local-path-provisioner, {@code persistence.defaultClass} for Longhorn, {@code isDefaultClass} or
 * {@code isDefault} elsewhere) in a Flux HelmRelease, a k3s HelmChart or a Terraform {@code helm_release}.
 */
final class DefaultStorageClasses {

    private static final String DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";
    private static final String BETA_DEFAULT_CLASS = "storageclass.beta.kubernetes.io/is-default-class";
    private static final Set<String> DEFAULT_KEYS = Set.of("defaultclass", "isdefaultclass", "isdefault");
    /** The class a chart creates when its values name none. */
    private static final Map<String, String> CHART_CLASSES = Map.of(
            "nfs-subdir-external-provisioner", "nfs-client",
            "longhorn", "longhorn",
            "local-path-provisioner", "local-path");
    private static final Pattern DEFAULT_LINE = Pattern.compile(
            "(?m)^(\\s*)(?:defaultClass|isDefaultClass|isDefault)\\s*:\\s*[\"']?true[\"']?\\s*(?:#.*)?$");
    private static final Pattern KEY_LINE = Pattern.compile("[\"']?([A-Za-z0-9_.-]+)[\"']?\\s*:");
    private static final Pattern NAME_LINE = Pattern.compile("^(\\s*)(?:-\\s+)?name\\s*:\\s*[\"']?([A-Za-z0-9.-]+)[\"']?\\s*(?:#.*)?$");

    private DefaultStorageClasses() {
    }

    /** The names, in the order the repository declares them; empty when it says nothing. */
    static Set<String> declared(Platform platform) {
        Set<String> names = new LinkedHashSet<>();
        for (Resource storageClass : platform.ofKind("StorageClass")) {
            String marked = storageClass.annotations().getOrDefault(DEFAULT_CLASS,
                    storageClass.annotations().get(BETA_DEFAULT_CLASS));
            if ("true".equalsIgnoreCase(marked)) {
                names.add(storageClass.name());
            }
        }
        for (Resource release : platform.ofKind("HelmRelease")) {
            String chart = release.spec().path("chart", "spec", "chart").textOr(release.spec().path("chartRef", "name").textOr(""));
            fromTree(release.spec().get("values"), chart, false).ifPresent(names::add);
        }
        for (Resource chart : platform.ofKind("HelmChart")) {
            String values = chart.spec().get("valuesContent").text();
            if (values != null) {
                fromText(values, chart.spec().get("chart").textOr("")).ifPresent(names::add);
            }
        }
        for (HelmRelease release : platform.helmReleases()) {
            String chart = release.chart() == null ? "" : release.chart();
            for (HelmRelease.Values values : release.values()) {
                if (values.yaml() != null) {
                    fromText(values.yaml(), chart).ifPresent(names::add);
                }
            }
            for (HelmRelease.Setting setting : release.settings()) {
                if (isDefaultKey(lastPart(setting.name())) && "true".equalsIgnoreCase(String.valueOf(setting.value()))
                        && underStorage(setting.name())) {
                    names.add(release.settings().stream()
                            .filter(name -> name.name().equals(siblingName(setting.name())) && name.value() != null)
                            .map(HelmRelease.Setting::value).findFirst().orElse(chartClass(chart)));
                }
            }
        }
        names.remove(null);
        return names;
    }

    /**
     * A map of the values that marks itself default, under a key about storage classes: its own
     * {@code name}, or the chart's class. {@code isDefault} also marks Grafana's default data source
     * and snapshot classes, so the key path must speak of a (storage) class.
     */
    private static Optional<String> fromTree(Node node, String chart, boolean underStorage) {
        if (node.isList()) {
            for (Node element : node.elements()) {
                Optional<String> found = fromTree(element, chart, underStorage);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (!node.isMap()) {
            return Optional.empty();
        }
        for (Map.Entry<String, Node> field : node.fields().entrySet()) {
            if (underStorage && isDefaultKey(field.getKey()) && field.getValue().isTrue()) {
                return Optional.ofNullable(node.get("name").textOr(chartClass(chart)));
            }
        }
        for (Map.Entry<String, Node> field : node.fields().entrySet()) {
            Optional<String> found = fromTree(field.getValue(), chart, underStorage(field.getKey(), underStorage));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** storageClass, storageClasses, hostpathClass, Longhorn's persistence; never a snapshot class. */
    private static boolean underStorage(String key, boolean already) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.contains("snapshot")) {
            return false;
        }
        return already || lower.endsWith("class") || lower.endsWith("classes") || lower.equals("persistence");
    }

    /**
     * The same, over values plumb holds as text (a HelmChart's valuesContent, a Terraform {@code values}
     * document): a {@code name:} beside the {@code defaultClass: true} line, at its indentation.
     */
    private static Optional<String> fromText(String values, String chart) {
        Matcher marked = DEFAULT_LINE.matcher(values);
        if (!marked.find()) {
            return Optional.empty();
        }
        int indent = marked.group(1).length();
        String[] lines = values.split("\n");
        int at = values.substring(0, marked.start()).split("\n", -1).length - 1;
        if (!underStorageKey(lines, at, indent)) {
            return Optional.empty();
        }
        for (int direction = -1; direction <= 1; direction += 2) {
            for (int i = at + direction; i >= 0 && i < lines.length; i += direction) {
                String line = lines[i];
                if (line.isBlank()) {
                    continue;
                }
                int lineIndent = line.length() - line.stripLeading().length();
                Matcher name = NAME_LINE.matcher(line);
                if (name.matches() && (name.group(1).length() == indent || line.stripLeading().startsWith("- ")
                        && lineIndent + 2 == indent)) {
                    return Optional.of(name.group(2));
                }
                // Out of the map that holds the default switch.
                if (lineIndent < indent && !line.stripLeading().startsWith("- ")) {
                    break;
                }
            }
        }
        return Optional.ofNullable(chartClass(chart));
    }

    /** Whether a key enclosing line {@code at} (found by indentation, through list items) is about storage classes. */
    private static boolean underStorageKey(String[] lines, int at, int indent) {
        int current = indent;
        boolean storage = false;
        List<String> keys = new ArrayList<>();
        for (int i = at - 1; i >= 0 && current > 0; i--) {
            String line = lines[i];
            String stripped = line.stripLeading();
            int lineIndent = line.length() - stripped.length();
            if (stripped.isEmpty() || stripped.startsWith("#") || lineIndent >= current) {
                continue;
            }
            current = lineIndent;
            Matcher key = KEY_LINE.matcher(stripped.startsWith("- ") ? stripped.substring(2) : stripped);
            if (key.lookingAt()) {
                keys.add(key.group(1));
            }
        }
        // Outermost first, as the tree walk meets them.
        for (int k = keys.size() - 1; k >= 0; k--) {
            storage = underStorage(keys.get(k), storage);
        }
        return storage;
    }

    private static boolean isDefaultKey(String key) {
        return DEFAULT_KEYS.contains(key.toLowerCase(Locale.ROOT));
    }

    /** A {@code set} name such as {@code persistence.defaultClass}: its leading parts must speak of a class. */
    private static boolean underStorage(String dotted) {
        boolean storage = false;
        String[] parts = dotted.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            storage = underStorage(parts[i], storage);
        }
        return storage;
    }

    private static String lastPart(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }

    private static String siblingName(String dotted) {
        int dot = dotted.lastIndexOf('.');
        return dot < 0 ? "name" : dotted.substring(0, dot) + ".name";
    }

    /** Null when the chart is not one whose class name is known. */
    private static String chartClass(String chart) {
        String name = chart.substring(chart.lastIndexOf('/') + 1);
        return CHART_CLASSES.get(name);
    }
}
