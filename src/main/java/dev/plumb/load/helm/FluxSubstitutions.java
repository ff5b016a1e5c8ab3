package dev.plumb.load.helm;

import dev.plumb.load.GitOpsPaths;
import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values Flux substitutes into what a Kustomization applies: {@code postBuild.substitute}, then the
 * ConfigMaps of {@code postBuild.substituteFrom} that the repository holds (a Secret's are never read),
 * for a file under the Kustomization's {@code path}. Inline values win over those of ConfigMaps, as in Flux.
 */
final class FluxSubstitutions {

    private FluxSubstitutions() {}

    static Map<String, String> forFile(String file, List<Resource> resources) {
        Map<String, String> values = new HashMap<>();
        for (Resource kustomization : resources) {
            if (!kustomization.kind().equals("Kustomization") || !kustomization.group().equals("kustomize.toolkit.fluxcd.io")) {
                continue;
            }
            Optional<String> path = GitOpsPaths.of(kustomization.spec().get("path"));
            if (path.isEmpty() || !(path.get().equals(GitOpsPaths.ROOT) || file.startsWith(path.get() + "/"))) {
                continue;
            }
            Node postBuild = kustomization.spec().get("postBuild");
            for (Node from : postBuild.get("substituteFrom").elements()) {
                if (from.get("kind").textOr("").equals("ConfigMap")) {
                    configMap(from.get("name").textOr(""), kustomization.namespace(), resources)
                            .ifPresent(data -> data.forEach(values::putIfAbsent));
                }
            }
            values.putAll(postBuild.get("substitute").stringMap());
        }
        return values;
    }

    private static Optional<Map<String, String>> configMap(String name, String namespace, List<Resource> resources) {
        for (Resource resource : resources) {
            if (resource.kind().equals("ConfigMap") && resource.name().equals(name) && resource.namespace().equals(namespace)) {
                return Optional.of(resource.body().get("data").stringMap());
            }
        }
        return Optional.empty();
    }
}
