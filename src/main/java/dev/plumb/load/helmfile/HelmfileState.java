package dev.plumb.load.helmfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What loading one helmfile gathered from its parts and bases, in helmfile's order: the default
 * environment's values, repositories, release templates and the releases themselves.
 *
 * @param directory the helmfile's directory: relative chart and values paths start there, bases included
 */
final class HelmfileState {

    final String path;
    final String directory;
    /** Values a parent helmfile passes ({@code helmfiles: - path:, values:}): they win over the environment's. */
    final Map<String, Object> overrides = new LinkedHashMap<>();
    final List<SubHelmfile> subHelmfiles = new ArrayList<>();
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, Repository> repositories = new LinkedHashMap<>();
    final Map<String, Declared> templates = new LinkedHashMap<>();
    final List<Declared> releases = new ArrayList<>();
    /** Every file of the repository the helmfile read: itself, bases, values files, readFile. */
    final Set<String> used = new LinkedHashSet<>();
    String defaultInherit;
    /** What a missing values file is: helmfile stops on "Error" (its default) and goes on otherwise. */
    String missingFileHandler = "Error";
    /** The environments the helmfile declares, whatever their values. */
    final Set<String> environments = new LinkedHashSet<>();

    HelmfileState(String path) {
        this.path = path;
        this.directory = dev.plumb.load.terraform.RepoPaths.parent(path);
    }

    /** A helmfile another one runs, with the values it passes. */
    record SubHelmfile(String path, dev.plumb.model.Position at, Map<String, Object> values) {}

    /** Environment values, layered under whatever a parent helmfile passed. */
    void layerEnvironment(Map<String, Object> more) {
        layer(values, more);
        layer(values, overrides);
    }

    /**
     * A helmfile that declares environments but no {@code default} one is run with {@code -e <name>}: what
     * fails in the default environment says nothing about the helmfile.
     */
    boolean writtenForNamedEnvironments() {
        return !environments.isEmpty() && !environments.contains("default");
    }

    /** Whether a missing file referenced with {@code handler} (a release's own, or null) stops helmfile. */
    boolean missingFileStops(String handler) {
        return (handler == null ? missingFileHandler : handler).equalsIgnoreCase("Error");
    }

    /** Later values win, maps merge key by key, as helmfile layers environment values. */
    @SuppressWarnings("unchecked")
    static void layer(Map<String, Object> into, Map<String, Object> more) {
        for (Map.Entry<String, Object> entry : more.entrySet()) {
            Object existing = into.get(entry.getKey());
            if (existing instanceof Map<?, ?> target && entry.getValue() instanceof Map<?, ?> incoming) {
                Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) target);
                layer(merged, (Map<String, Object>) incoming);
                into.put(entry.getKey(), merged);
            } else {
                into.put(entry.getKey(), entry.getValue());
            }
        }
    }

    /** The template context of the helmfile's own parts: the default environment. */
    Map<String, Object> context() {
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("Name", "default");
        environment.put("KubeContext", "");
        environment.put("Values", values);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("Environment", environment);
        context.put("Values", values);
        context.put("StateValues", values);
        context.put("Namespace", "");
        return context;
    }
}
