package dev.plumb.rule;

import dev.plumb.model.Resource;

/**
 * What a finding is about; empty strings where a part does not apply (a file-level finding has no kind).
 *
 * @param module the Terraform module call that created the object ({@code module.grafana_ingress}), or
 *               "": two calls of one module are two objects at the same lines, told apart by it
 */
public record Subject(String kind, String namespace, String name, String container, String module) {

    public static final Subject NONE = new Subject("", "", "", "");

    public Subject(String kind, String namespace, String name, String container) {
        this(kind, namespace, name, container, "");
    }

    public static Subject of(Resource resource) {
        return of(resource, "");
    }

    public static Subject of(Resource resource, String container) {
        return new Subject(resource.kind(), resource.namespace(), resource.name(), container == null ? "" : container,
                resource.origin().module());
    }

    public boolean isNone() {
        return kind.isEmpty() && name.isEmpty();
    }

    /** "Kind/namespace/name", "Kind/name" for cluster-scoped objects; what config subject globs match. */
    public String id() {
        if (isNone()) {
            return "";
        }
        return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }

    /** The id with the container appended, for messages and fingerprints (the engine adds the module call to messages). */
    public String describe() {
        return container.isEmpty() ? id() : id() + " container " + container;
    }

    /** {@code message} naming the module call that created the subject, so two calls read as two findings. */
    public String withCallSite(String message) {
        if (module.isEmpty() || message.endsWith("(" + module + ")")) {
            return message;
        }
        return message + " (" + module + ")";
    }
}
