package dev.plumb.rule;

import dev.plumb.model.Resource;

/** What a finding is about; empty strings where a part does not apply (a file-level finding has no kind). */
public record Subject(String kind, String namespace, String name, String container) {

    public static final Subject NONE = new Subject("", "", "", "");

    public static Subject of(Resource resource) {
        return new Subject(resource.kind(), resource.namespace(), resource.name(), "");
    }

    public static Subject of(Resource resource, String container) {
        return new Subject(resource.kind(), resource.namespace(), resource.name(), container == null ? "" : container);
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

    /** The id with the container appended, for messages and fingerprints. */
    public String describe() {
        return container.isEmpty() ? id() : id() + " container " + container;
    }
}
