package dev.plumb.load.kustomize;

import dev.plumb.model.MapNode;
import dev.plumb.model.Origin;

/**
 * One object on its way through a build. The name it was first given stays known: references in the
 * sources use it, and kustomize rewrites them to the name the build ends with.
 */
final class BuiltObject {

    MapNode body;
    final Origin origin;
    final String originalName;
    final String originalNamespace;
    /** A generated ConfigMap or Secret whose name gets kustomize's content hash at the end of the build. */
    boolean hashed;

    BuiltObject(MapNode body, Origin origin, boolean hashed) {
        this.body = body;
        this.origin = origin;
        this.originalName = name();
        this.originalNamespace = namespace();
        this.hashed = hashed;
    }

    String kind() {
        return body.get("kind").textOr("");
    }

    String apiVersion() {
        return body.get("apiVersion").textOr("");
    }

    String group() {
        String apiVersion = apiVersion();
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    String version() {
        String apiVersion = apiVersion();
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    String name() {
        return body.path("metadata", "name").textOr("");
    }

    String namespace() {
        return body.path("metadata", "namespace").textOr("");
    }
}
