package dev.plumb.model;

import java.util.ArrayList;
import java.util.List;

/** A view over a pod spec node (a Pod's spec, or a controller's template spec). */
public final class PodSpec {

    private final Node node;
    private final List<Container> containers;
    private final List<Container> initContainers;
    private final List<Container> ephemeralContainers;
    private final List<Container> allContainers;

    public PodSpec(Node node) {
        this.node = node;
        this.containers = containersUnder("containers", Container.Role.CONTAINER);
        this.initContainers = containersUnder("initContainers", Container.Role.INIT);
        this.ephemeralContainers = containersUnder("ephemeralContainers", Container.Role.EPHEMERAL);
        List<Container> all = new ArrayList<>(containers);
        all.addAll(initContainers);
        all.addAll(ephemeralContainers);
        this.allContainers = List.copyOf(all);
    }

    public Node node() {
        return node;
    }

    public List<Container> containers() {
        return containers;
    }

    public List<Container> initContainers() {
        return initContainers;
    }

    public List<Container> ephemeralContainers() {
        return ephemeralContainers;
    }

    /** Regular, then init, then ephemeral containers. */
    public List<Container> allContainers() {
        return allContainers;
    }

    public List<Node> volumes() {
        return node.get("volumes").elements();
    }

    public Node securityContext() {
        return node.get("securityContext");
    }

    /** The ServiceAccount pods run as; Kubernetes uses "default" when none is named. */
    public String serviceAccountName() {
        return node.get("serviceAccountName").optText()
                .orElseGet(() -> node.get("serviceAccount").textOr("default"));
    }

    private List<Container> containersUnder(String key, Container.Role role) {
        List<Container> result = new ArrayList<>();
        List<Node> elements = node.get(key).elements();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).isMap()) {
                result.add(new Container(elements.get(i), role, i));
            }
        }
        return List.copyOf(result);
    }
}
