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

    final String directory;
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, Repository> repositories = new LinkedHashMap<>();
    final Map<String, Declared> templates = new LinkedHashMap<>();
    final List<Declared> releases = new ArrayList<>();
    /** Every file of the repository the helmfile read: itself, bases, values files, readFile. */
    final Set<String> used = new LinkedHashSet<>();
    String defaultInherit;

    HelmfileState(String directory) {
        this.directory = directory;
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
