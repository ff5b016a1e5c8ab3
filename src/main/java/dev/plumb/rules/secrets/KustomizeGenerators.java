package dev.plumb.rules.secrets;

import dev.plumb.model.TextFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What a kustomization makes or changes that plumb does not see as objects: the Secrets and
 * ConfigMaps of its {@code secretGenerator} and {@code configMapGenerator}, the Secrets and
 * ConfigMaps its patches change (their keys are unknown: a patch may add one), and the namespaces
 * its {@code helmCharts} install into. The model loads neither kustomization files nor patches as
 * objects, so this reads their text. Generated objects land in whatever namespace the overlay that
 * builds them assigns, so callers treat the names as made in every namespace.
 */
final class KustomizeGenerators {

    /**
     * @param names          generated objects, by kind
     * @param patched        objects a patch changes, by kind
     * @param helmNamespaces namespaces inflated Helm charts install into
     */
    record Generated(Map<ObjectCatalog.Kind, Set<String>> names, Map<ObjectCatalog.Kind, Set<String>> patched,
                     Set<String> helmNamespaces) {

        static final Generated NOTHING = new Generated(Map.of(), Map.of(), Set.of());
    }

    private static final Set<String> FILE_NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final Set<String> MARKERS = Set.of("Generator", "helmCharts", "patches");

    private KustomizeGenerators() {
    }

    /** @param files every text file by path, to read the patches a kustomization names */
    static Generated of(TextFile file, Map<String, TextFile> files) {
        if (!FILE_NAMES.contains(file.name()) || MARKERS.stream().noneMatch(file.text()::contains)) {
            return Generated.NOTHING;
        }
        if (!(load(file.text()) instanceof Map<?, ?> fields)) {
            return Generated.NOTHING;
        }
        Map<ObjectCatalog.Kind, Set<String>> names = new EnumMap<>(ObjectCatalog.Kind.class);
        names.put(ObjectCatalog.Kind.SECRET, namesIn(fields.get("secretGenerator")));
        names.put(ObjectCatalog.Kind.CONFIG_MAP, namesIn(fields.get("configMapGenerator")));
        Map<ObjectCatalog.Kind, Set<String>> patched = new EnumMap<>(ObjectCatalog.Kind.class);
        patched.put(ObjectCatalog.Kind.SECRET, new LinkedHashSet<>());
        patched.put(ObjectCatalog.Kind.CONFIG_MAP, new LinkedHashSet<>());
        String directory = file.path().contains("/") ? file.path().substring(0, file.path().lastIndexOf('/')) : "";
        for (String key : new String[] {"patchesStrategicMerge", "patches", "patchesJson6902"}) {
            for (Object patch : list(fields.get(key))) {
                addPatched(patch, directory, files, patched);
            }
        }
        Set<String> helmNamespaces = new LinkedHashSet<>();
        String fallback = fields.get("namespace") instanceof String namespace ? namespace.strip() : "default";
        for (Object chart : list(fields.get("helmCharts"))) {
            Object namespace = chart instanceof Map<?, ?> entry ? entry.get("namespace") : null;
            helmNamespaces.add(namespace instanceof String text && !text.isBlank() ? text.strip() : fallback);
        }
        return new Generated(names, patched, helmNamespaces);
    }

    /** A patch is a path, inline YAML, or a map with a path or inline patch and a target. */
    private static void addPatched(Object patch, String directory, Map<String, TextFile> files,
                                   Map<ObjectCatalog.Kind, Set<String>> patched) {
        if (patch instanceof Map<?, ?> entry) {
            if (entry.get("target") instanceof Map<?, ?> target) {
                add(target.get("kind"), target.get("name"), patched);
            }
            addPatched(entry.get("path"), directory, files, patched);
            addPatched(entry.get("patch"), directory, files, patched);
        } else if (patch instanceof String text) {
            String content = text;
            if (text.indexOf('\n') < 0) {
                TextFile target = files.get(resolve(directory, text.strip()));
                content = target == null ? "" : target.text();
            }
            if (content.contains("ConfigMap") || content.contains("Secret")) {
                for (Object document : loadAll(content)) {
                    if (document instanceof Map<?, ?> object && object.get("metadata") instanceof Map<?, ?> metadata) {
                        add(object.get("kind"), metadata.get("name"), patched);
                    }
                }
            }
        }
    }

    private static void add(Object kind, Object name, Map<ObjectCatalog.Kind, Set<String>> patched) {
        if (!(name instanceof String text) || text.isBlank()) {
            return;
        }
        if ("ConfigMap".equals(kind)) {
            patched.get(ObjectCatalog.Kind.CONFIG_MAP).add(text.strip());
        } else if ("Secret".equals(kind)) {
            patched.get(ObjectCatalog.Kind.SECRET).add(text.strip());
        }
    }

    private static Set<String> namesIn(Object generators) {
        Set<String> names = new LinkedHashSet<>();
        for (Object generator : list(generators)) {
            if (generator instanceof Map<?, ?> entry && entry.get("name") instanceof String name && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    /** The loader reports a broken file; here it only contributes nothing. */
    private static Object load(String text) {
        try {
            return new Load(LoadSettings.builder().build()).loadFromString(text);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static List<Object> loadAll(String text) {
        List<Object> documents = new ArrayList<>();
        try {
            new Load(LoadSettings.builder().build()).loadAllFromString(text).forEach(documents::add);
        } catch (RuntimeException unreadable) {
            // Keep what parsed before the broken document.
        }
        return documents;
    }

    /** {@code reference} against {@code directory}, '/'-separated; "" when it leaves the root. */
    private static String resolve(String directory, String reference) {
        Deque<String> names = new ArrayDeque<>();
        for (String name : (directory.isEmpty() ? reference : directory + "/" + reference).split("/")) {
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    return "";
                }
                names.removeLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                names.addLast(name);
            }
        }
        return String.join("/", names);
    }
}
