package dev.plumb.engine;

import dev.plumb.load.GitOpsPaths;
import dev.plumb.model.Node;
import dev.plumb.model.Origin;
import dev.plumb.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts manifests in the namespace their GitOps application deploys them to, so every finding's
 * subject names the namespace the object really lands in: a Flux Kustomization's
 * {@code targetNamespace} overrides whatever the files below its {@code path} say (as Flux does);
 * an Argo CD Application's {@code destination.namespace} applies to objects that name none.
 */
final class GitOpsNamespaces {

    private record Placement(String namespace, boolean overrides) {}

    private GitOpsNamespaces() {}

    static List<Resource> apply(List<Resource> resources) {
        Map<String, Placement> byPath = placements(resources);
        if (byPath.isEmpty()) {
            return resources;
        }
        List<Resource> placed = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            placed.add(place(resource, byPath));
        }
        return placed;
    }

    private static Resource place(Resource resource, Map<String, Placement> byPath) {
        Origin origin = resource.origin();
        if (!Origin.YAML.equals(origin.loader()) || resource.namespace().isEmpty()) {
            return resource;
        }
        Placement placement = innermost(origin.file(), byPath);
        if (placement == null || resource.namespace().equals(placement.namespace())
                || (!placement.overrides() && resource.namespaceWritten())) {
            return resource;
        }
        return new Resource(resource.body(), origin, placement.namespace());
    }

    /** The application whose path holds the file most closely. */
    private static Placement innermost(String file, Map<String, Placement> byPath) {
        for (String directory = Units.parent(file); ; directory = Units.parent(directory)) {
            Placement placement = byPath.get(directory);
            if (placement != null) {
                return placement;
            }
            if (directory.equals(Units.ROOT)) {
                return null;
            }
        }
    }

    private static Map<String, Placement> placements(List<Resource> resources) {
        Map<String, Placement> byPath = new TreeMap<>();
        for (Resource resource : resources) {
            if (resource.kind().equals("Kustomization") && resource.group().equals("kustomize.toolkit.fluxcd.io")) {
                String namespace = resource.spec().get("targetNamespace").text();
                if (known(namespace)) {
                    add(byPath, resource.spec().get("path"), new Placement(namespace.strip(), true));
                }
            } else if (resource.kind().equals("Application") && resource.group().equals("argoproj.io")) {
                String namespace = resource.spec().path("destination", "namespace").text();
                if (known(namespace)) {
                    Placement placement = new Placement(namespace.strip(), false);
                    add(byPath, resource.spec().path("source", "path"), placement);
                    resource.spec().get("sources").elements().forEach(source -> add(byPath, source.get("path"), placement));
                }
            }
        }
        return byPath;
    }

    private static boolean known(String namespace) {
        return namespace != null && !namespace.isBlank() && !namespace.contains("$") && !namespace.contains("{{");
    }

    private static void add(Map<String, Placement> byPath, Node path, Placement placement) {
        GitOpsPaths.of(path).ifPresent(folder -> byPath.putIfAbsent(folder, placement));
    }
}
