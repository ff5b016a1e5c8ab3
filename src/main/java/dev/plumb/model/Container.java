package dev.plumb.model;

import java.util.ArrayList;
import java.util.List;

/** A container of a pod spec, regular, init or ephemeral. */
public final class Container {

    public enum Role { CONTAINER, INIT, EPHEMERAL }

    private final Node node;
    private final Role role;
    private final int index;

    /** @param index the position in its list ({@code containers}, {@code initContainers}…) */
    public Container(Node node, Role role, int index) {
        this.node = node;
        this.role = role;
        this.index = index;
    }

    public Node node() {
        return node;
    }

    public Role role() {
        return role;
    }

    /** The name as written, or where it sits ("containers[0]") when a manifest leaves it out. */
    public String name() {
        String name = node.get("name").text();
        if (name != null && !name.isBlank()) {
            return name;
        }
        String list = switch (role) {
            case CONTAINER -> "containers";
            case INIT -> "initContainers";
            case EPHEMERAL -> "ephemeralContainers";
        };
        return list + "[" + index + "]";
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

    public Node ports() {
        return node.get("ports");
    }

    /** {@code env} entries (name with value or valueFrom). */
    public List<Node> env() {
        return node.get("env").elements();
    }

    /** {@code envFrom} entries (whole Secrets or ConfigMaps). */
    public List<Node> envFrom() {
        return node.get("envFrom").elements();
    }

    public List<Node> volumeMounts() {
        return node.get("volumeMounts").elements();
    }

    /** {@code command} then {@code args}, as the process sees its argument vector. */
    public List<Node> commandLine() {
        List<Node> words = new ArrayList<>(node.get("command").elements());
        words.addAll(node.get("args").elements());
        return words;
    }

    /** Init containers run to completion (unless they are sidecars with restartPolicy Always). */
    public boolean runsToCompletion() {
        return role == Role.EPHEMERAL
                || (role == Role.INIT && !"Always".equals(node.get("restartPolicy").text()));
    }
}
