package dev.plumb.rules;

import dev.plumb.model.Container;
import dev.plumb.model.Workload;

/** How messages name what they are about, so every rule names a container the same way. */
public final class Subjects {

    private Subjects() {
    }

    /** {@code Init container "sysctl" of Deployment/shop/redis}: the role matters, init containers are easy to overlook. */
    public static String container(Workload workload, Container container) {
        String role = switch (container.role()) {
            case CONTAINER -> "Container";
            case INIT -> "Init container";
            case EPHEMERAL -> "Ephemeral container";
        };
        return role + " \"" + container.name() + "\" of " + workload.resource().id();
    }
}
