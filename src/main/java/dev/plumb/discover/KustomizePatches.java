package dev.plumb.discover;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The files a kustomization applies as patches. They hold partial objects, so loading them as
 * resources would report missing fields that the base provides.
 */
final class KustomizePatches {

    private KustomizePatches() {}

    static boolean isKustomization(String path) {
        String name = RelativePaths.name(path);
        return name.equals("kustomization.yaml") || name.equals("kustomization.yml") || name.equals("Kustomization");
    }

    /** Root-relative paths of the patch files; empty when the kustomization does not parse. */
    static Set<String> referencedBy(String kustomizationPath, String text) {
        Object document;
        try {
            document = new Load(LoadSettings.builder().build()).loadFromString(text);
        } catch (RuntimeException e) {
            // A broken kustomization is the loader's to report; here it just names no patches.
            return Set.of();
        }
        if (!(document instanceof Map<?, ?> kustomization)) {
            return Set.of();
        }
        String directory = RelativePaths.parent(kustomizationPath);
        Set<String> patches = new HashSet<>();
        for (Object entry : list(kustomization.get("patchesStrategicMerge"))) {
            addIfPath(patches, directory, entry);
        }
        for (Object entry : list(kustomization.get("patches"))) {
            addIfPath(patches, directory, entry instanceof Map<?, ?> patch ? patch.get("path") : entry);
        }
        for (Object entry : list(kustomization.get("patchesJson6902"))) {
            if (entry instanceof Map<?, ?> patch) {
                addIfPath(patches, directory, patch.get("path"));
            }
        }
        return patches;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static void addIfPath(Set<String> patches, String directory, Object value) {
        // Inline patches are YAML text in the same field; only a one-line string can be a path.
        if (value instanceof String reference && reference.indexOf('\n') < 0) {
            RelativePaths.resolve(directory, reference.strip()).ifPresent(patches::add);
        }
    }
}
