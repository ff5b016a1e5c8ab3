package dev.plumb.load.kustomize;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code images} (the image of every container and init container whose name matches, anywhere in an
 * object, as kustomize's image transformer walks it) and {@code replicas} (by object name). The new
 * value points at the kustomization line that set it: the digest, tag or name.
 */
final class ImagesAndReplicas {

    private static final Set<String> SCALABLE = Set.of("Deployment", "ReplicaSet", "StatefulSet", "ReplicationController");

    private ImagesAndReplicas() {}

    static void images(Node images, List<BuiltObject> objects) {
        for (Node image : images.elements()) {
            if (image.get("name").text() == null) {
                throw new BuildFailure(image.position(), "images entry without a name");
            }
            for (BuiltObject object : objects) {
                object.body = (MapNode) walk(object.body, image);
            }
        }
    }

    private static Node walk(Node node, Node image) {
        if (node instanceof MapNode map) {
            MapNode result = map;
            for (Map.Entry<String, Node> field : map.fields().entrySet()) {
                Node value = field.getValue();
                Node changed = (field.getKey().equals("containers") || field.getKey().equals("initContainers"))
                        && value.isList() ? containers((ListNode) value, image) : walk(value, image);
                if (changed != value) {
                    result = Trees.replacing(result, field.getKey(), changed);
                }
            }
            return result;
        }
        if (node instanceof ListNode list) {
            List<Node> elements = new ArrayList<>();
            boolean any = false;
            for (Node element : list.elements()) {
                Node changed = walk(element, image);
                any |= changed != element;
                elements.add(changed);
            }
            return any ? Trees.list(list, elements) : list;
        }
        return node;
    }

    private static Node containers(ListNode containers, Node image) {
        List<Node> elements = new ArrayList<>();
        boolean any = false;
        for (Node container : containers.elements()) {
            String written = container.get("image").text();
            if (container instanceof MapNode map && written != null && matches(written, image.get("name").text())) {
                elements.add(Trees.replacing(map, "image", Trees.string(where(image), replaced(written, image))));
                any = true;
            } else {
                elements.add(container);
            }
        }
        return any ? Trees.list(containers, elements) : containers;
    }

    private static Position where(Node image) {
        for (String field : List.of("digest", "newTag", "newName")) {
            if (image.get(field).text() != null) {
                return image.get(field).position();
            }
        }
        return image.position();
    }

    static boolean matches(String written, String name) {
        return repository(written).equals(name);
    }

    /** The image without tag or digest; a registry's port is not a tag. */
    private static String repository(String image) {
        int at = image.indexOf('@');
        String name = at < 0 ? image : image.substring(0, at);
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
    }

    private static String replaced(String written, Node image) {
        String name = image.get("newName").textOr(repository(written));
        String digest = image.get("digest").text();
        if (digest != null) {
            return name + "@" + digest;
        }
        String tag = image.get("newTag").text();
        if (tag != null) {
            return name + ":" + tag;
        }
        return name + written.substring(repository(written).length());
    }

    static void replicas(Node replicas, List<BuiltObject> objects) {
        for (Node entry : replicas.elements()) {
            String name = entry.get("name").text();
            Node count = entry.get("count");
            if (name == null || count.asLong().isEmpty()) {
                throw new BuildFailure(entry.position(), "replicas entry needs a name and a count");
            }
            for (BuiltObject object : objects) {
                if ((object.originalName.equals(name) || object.name().equals(name)) && SCALABLE.contains(object.kind())) {
                    object.body = Trees.edit(object.body, List.of("spec", "replicas"), count.position(), old -> count);
                }
            }
        }
    }
}
