package dev.plumb.load.terraform;

import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.util.Optional;

/**
 * Turns the hashicorp/kubernetes provider's resources into the Kubernetes objects they create, so
 * every Kubernetes rule applies to Terraform stacks with findings on the {@code .tf} lines.
 */
public final class KubernetesObjects {

    private static final String RESOURCE = "resource";
    private static final String MANIFEST_TYPE = "kubernetes_manifest";

    private KubernetesObjects() {
    }

    /**
     * The object body a {@code resource "kubernetes_…"} block creates; empty for other blocks,
     * other providers' resources, kubernetes types that are not whole objects, and a
     * {@code kubernetes_manifest} whose manifest cannot be known statically.
     */
    public static Optional<MapNode> translate(HclBlock block) {
        if (!RESOURCE.equals(block.type()) || block.labels().isEmpty()) {
            return Optional.empty();
        }
        String resourceType = block.labels().get(0);
        if (MANIFEST_TYPE.equals(resourceType)) {
            // Its manifest is already written in Kubernetes' own field names.
            Node manifest = block.body().get("manifest");
            return manifest instanceof MapNode object ? Optional.of(object) : Optional.empty();
        }
        return ResourceTypes.of(resourceType).map(type -> object(block, type));
    }

    private static MapNode object(HclBlock block, ApiType type) {
        Position header = block.position();
        MapNode.Builder object = new MapNode.Builder(header);
        object.put("apiVersion", header, text(type.apiVersion(), header));
        object.put("kind", header, text(type.kind(), header));
        new BodyTranslator(KindShapes.renamesFor(type.kind())).copyResourceBody(block.body(), object);
        MapNode translated = object.build(block.endLine());
        return type.fixedName() == null ? translated : named(translated, type.fixedName(), header, block.endLine());
    }

    /** Gives the object the name the provider always uses, keeping whatever else its metadata says. */
    private static MapNode named(MapNode object, String name, Position header, int endLine) {
        if (object.path("metadata", "name").text() != null) {
            return object;
        }
        Node written = object.get("metadata");
        Position at = written.isMap() ? written.position() : header;
        MapNode.Builder metadata = new MapNode.Builder(at);
        written.fields().forEach((key, value) -> metadata.put(key, ((MapNode) written).keyPosition(key), value));
        metadata.put("name", at, text(name, at));
        MapNode.Builder rebuilt = new MapNode.Builder(header);
        object.fields().forEach((key, value) -> rebuilt.put(key, object.keyPosition(key), value));
        rebuilt.put("metadata", object.keyPosition("metadata"), metadata.build(written.isMap() ? written.endLine() : at.line()));
        return rebuilt.build(endLine);
    }

    private static ScalarNode text(String value, Position at) {
        return new ScalarNode(at, at.line(), value, ScalarNode.Type.STRING);
    }
}
