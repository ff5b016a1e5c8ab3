package dev.plumb.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What discovery needs from a kustomization file: the namespace it sets, the files and directories
 * it builds from, and the files it uses as patches. Paths are root-relative; references that leave
 * the root, and remote ones, are left out.
 */
record Kustomization(String path, String namespace, List<String> resources, Set<String> patches) {

    static boolean isKustomization(String path) {
        String name = RelativePaths.name(path);
        return name.equals("kustomization.yaml") || name.equals("kustomization.yml") || name.equals("Kustomization");
    }

    /** Empty when the file does not parse: a broken kustomization is the loader's to report. */
    static Optional<Kustomization> parse(String path, String text) {
        Object document;
        try {
            document = new Load(LoadSettings.builder().build()).loadFromString(text);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (!(document instanceof Map<?, ?> fields)) {
            return Optional.empty();
        }
        String directory = RelativePaths.parent(path);
        List<String> resources = new ArrayList<>();
        for (String key : new String[] {"resources", "bases"}) {
            for (Object entry : list(fields.get(key))) {
                addIfPath(resources, directory, entry);
            }
        }
        List<String> patches = new ArrayList<>();
        for (Object entry : list(fields.get("patchesStrategicMerge"))) {
            addIfPath(patches, directory, entry);
        }
        for (Object entry : list(fields.get("patches"))) {
            addIfPath(patches, directory, entry instanceof Map<?, ?> patch ? patch.get("path") : entry);
        }
        for (Object entry : list(fields.get("patchesJson6902"))) {
            if (entry instanceof Map<?, ?> patch) {
                addIfPath(patches, directory, patch.get("path"));
            }
        }
        Object namespace = fields.get("namespace");
        return Optional.of(new Kustomization(path,
                namespace instanceof String name && !name.isBlank() && !name.contains("$") ? name.strip() : null,
                List.copyOf(resources), Set.copyOf(patches)));
    }

    String directory() {
        return RelativePaths.parent(path);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static void addIfPath(List<String> paths, String directory, Object value) {
        // Inline patches are YAML text in the same field; only a one-line string can be a path.
        if (value instanceof String reference && reference.indexOf('\n') < 0 && !reference.contains("://")) {
            RelativePaths.resolve(directory, reference.strip()).ifPresent(paths::add);
        }
    }
}
