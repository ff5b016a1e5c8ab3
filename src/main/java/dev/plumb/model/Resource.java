package dev.plumb.model;

import java.util.Map;

/** One Kubernetes object, whatever source it was loaded from. */
public final class Resource {

    public static final String DEFAULT_NAMESPACE = "default";

    /**
     * The namespace of an object whose namespace is an expression plumb cannot evaluate (a
     * Terraform variable): written, but not known. Cross-object rules cannot tell what else lives there.
     */
    public static final String UNKNOWN_NAMESPACE = "(unknown namespace)";
    /** How {@link #id()} shows an object whose name plumb cannot know statically. */
    public static final String UNKNOWN_NAME = "(name not known)";

    private final String apiVersion;
    private final String kind;
    private final String name;
    private final String namespace;
    private final boolean namespaceWritten;
    private final Map<String, String> labels;
    private final Map<String, String> annotations;
    private final MapNode body;
    private final Origin origin;

    public Resource(MapNode body, Origin origin) {
        this(body, origin, null);
    }

    /**
     * @param assignedNamespace the namespace a build tool puts the object in (kustomize's
     *                          {@code namespace:}), overriding what the file says; null for none
     */
    public Resource(MapNode body, Origin origin, String assignedNamespace) {
        this.body = body;
        this.origin = origin;
        this.apiVersion = body.get("apiVersion").textOr("");
        this.kind = body.get("kind").textOr("");
        Node metadata = body.get("metadata");
        this.name = metadata.get("name").optText()
                .orElseGet(() -> metadata.get("generateName").textOr(""));
        Node namespaceNode = metadata.get("namespace");
        String written = namespaceNode.text();
        boolean unknown = namespaceNode.isScalar() && written == null && !namespaceNode.isNull();
        this.namespaceWritten = unknown || (written != null && !written.isBlank());
        if (ClusterScopedKinds.contains(kind)) {
            this.namespace = "";
        } else if (assignedNamespace != null) {
            this.namespace = assignedNamespace;
        } else if (unknown) {
            this.namespace = UNKNOWN_NAMESPACE;
        } else {
            this.namespace = namespaceWritten ? written : DEFAULT_NAMESPACE;
        }
        this.labels = metadata.get("labels").stringMap();
        this.annotations = metadata.get("annotations").stringMap();
    }

    public String apiVersion() {
        return apiVersion;
    }

    /** The API group: "" for the core group ("v1"), "apps" for "apps/v1". */
    public String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    public String kind() {
        return kind;
    }

    public boolean isKind(String candidate) {
        return kind.equals(candidate);
    }

    public String name() {
        return name;
    }

    /** The effective namespace: as written, "default" when a namespaced object names none, "" for cluster-scoped kinds. */
    public String namespace() {
        return namespace;
    }

    /** False when the namespace is an expression plumb cannot evaluate ({@link #UNKNOWN_NAMESPACE}). */
    public boolean namespaceKnown() {
        return !namespace.equals(UNKNOWN_NAMESPACE);
    }

    public boolean namespaceWritten() {
        return namespaceWritten;
    }

    public boolean isNamespaced() {
        return !ClusterScopedKinds.contains(kind);
    }

    public Map<String, String> labels() {
        return labels;
    }

    public Map<String, String> annotations() {
        return annotations;
    }

    public MapNode body() {
        return body;
    }

    public Node metadata() {
        return body.get("metadata");
    }

    public Node spec() {
        return body.get("spec");
    }

    public Origin origin() {
        return origin;
    }

    /** "Kind/namespace/name", or "Kind/name" for cluster-scoped objects: the form config subject globs match. */
    public String id() {
        // A name computed at apply time (`"web-${count.index}"`, `each.key`) is empty here: say so rather than end in "/".
        String shown = name.isEmpty() ? UNKNOWN_NAME : name;
        return namespace.isEmpty() ? kind + "/" + shown : kind + "/" + namespace + "/" + shown;
    }

    @Override
    public String toString() {
        return id() + " (" + origin.file() + ":" + origin.line() + ")";
    }
}
