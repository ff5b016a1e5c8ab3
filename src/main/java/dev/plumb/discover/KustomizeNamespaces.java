package dev.plumb.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The namespace kustomize gives each file it builds. The outermost kustomization that sets one
 * wins (kustomize applies it over whatever the file or an inner kustomization says). A file built
 * into different namespaces by different overlays, or also built without one, gets none here:
 * its namespace is not one fact, so the file's own stands.
 */
final class KustomizeNamespaces {

    /** Stands for "built without a namespace" among a file's candidates. */
    private static final String NONE = "";

    private final Map<String, Kustomization> byDirectory = new HashMap<>();
    private final Set<String> files;
    private final Map<String, Set<String>> candidates = new HashMap<>();

    private KustomizeNamespaces(List<Kustomization> kustomizations, Set<String> files) {
        for (Kustomization kustomization : kustomizations) {
            byDirectory.put(kustomization.directory(), kustomization);
        }
        this.files = files;
    }

    /** File path → namespace kustomize builds it into, for the files where that is one namespace. */
    static Map<String, String> resolve(List<Kustomization> kustomizations, Set<String> files) {
        return new KustomizeNamespaces(kustomizations, files).resolve();
    }

    private Map<String, String> resolve() {
        Set<String> referenced = new HashSet<>();
        for (Kustomization kustomization : byDirectory.values()) {
            for (String resource : kustomization.resources()) {
                if (byDirectory.containsKey(resource)) {
                    referenced.add(resource);
                }
            }
        }
        for (Kustomization kustomization : byDirectory.values()) {
            if (!referenced.contains(kustomization.directory())) {
                walk(kustomization, null, new ArrayList<>());
            }
        }
        Map<String, String> namespaces = new HashMap<>();
        candidates.forEach((file, seen) -> {
            if (seen.size() == 1 && !seen.contains(NONE)) {
                namespaces.put(file, seen.iterator().next());
            }
        });
        return namespaces;
    }

    private void walk(Kustomization kustomization, String outer, List<String> path) {
        if (path.contains(kustomization.directory())) {
            return;
        }
        path.add(kustomization.directory());
        String effective = outer != null ? outer : kustomization.namespace();
        for (String resource : kustomization.resources()) {
            Kustomization child = byDirectory.get(resource);
            if (child != null) {
                walk(child, effective, path);
            } else if (files.contains(resource)) {
                candidates.computeIfAbsent(resource, f -> new HashSet<>()).add(effective == null ? NONE : effective);
            }
        }
        path.remove(path.size() - 1);
    }
}
