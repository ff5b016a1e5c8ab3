package dev.plumb.load.helm;

import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The API versions the repository's CustomResourceDefinitions serve, as {@code .Capabilities.APIVersions.Has}
 * asks for them: {@code group/version} and {@code group/version/Kind}. A cluster the repository is applied
 * to has them, so a chart that checks for one renders as it would there.
 */
final class ApiVersions {

    private ApiVersions() {}

    static Set<String> served(List<Resource> resources, List<Resource> chartCrds) {
        Set<String> served = new HashSet<>();
        resources.forEach(resource -> add(resource, served));
        chartCrds.forEach(resource -> add(resource, served));
        return served;
    }

    private static void add(Resource resource, Set<String> served) {
        if (!resource.kind().equals("CustomResourceDefinition")) {
            return;
        }
        Node spec = resource.spec();
        String group = spec.get("group").text();
        String kind = spec.path("names", "kind").text();
        if (group == null) {
            return;
        }
        for (Node version : spec.get("versions").elements()) {
            String name = version.get("name").text();
            if (name != null) {
                served.add(group + "/" + name);
                if (kind != null) {
                    served.add(group + "/" + name + "/" + kind);
                }
            }
        }
        String legacy = spec.get("version").text();
        if (legacy != null) {
            served.add(group + "/" + legacy);
        }
    }
}
