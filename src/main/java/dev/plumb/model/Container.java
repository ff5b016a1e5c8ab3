package dev.plumb.model;

/** A container of a pod spec, regular, init or ephemeral. */
public final class Container {

    public enum Role { CONTAINER, INIT, EPHEMERAL }

    private final Node node;
    private final Role role;

    public Container(Node node, Role role) {
        this.node = node;
        this.role = role;
    }

    public Node node() {
        return node;
    }

    public Role role() {
        return role;
    }

    public String name() {
        return node.get("name").textOr("");
    }

    public Node imageNode() {
        return node.get("image");
    }

    /** The image as written, or null when absent or templated. */
    public String image() {
        return imageNode().text();
    }

    public Node resources() {
        return node.get("resources");
    }

    public Node securityContext() {
        return node.get("securityContext");
    }

    public Node livenessProbe() {
        return node.get("livenessProbe");
    }

    public Node readinessProbe() {
        return node.get("readinessProbe");
    }

    public Node startupProbe() {
        return node.get("startupProbe");
    }

    public Node env() {
        return node.get("env");
    }

    public Node ports() {
        return node.get("ports");
    }

    /** Init containers run to completion (unless they are sidecars with restartPolicy Always). */
    public boolean runsToCompletion() {
        return role == Role.EPHEMERAL
                || (role == Role.INIT && !"Always".equals(node.get("restartPolicy").text()));
    }
}
