package dev.plumb.load.terraform;

import java.util.Map;

/**
 * Where one kind's provider schema names a field differently from the Kubernetes API, beyond
 * casing. Keyed by the argument's path of HCL names from the resource block.
 */
final class KindShapes {

    private static final Map<String, Map<String, String>> RENAMES = Map.of(
            // The provider base64-encodes `data` itself, so what is written there is plain text:
            // the API's stringData. `binary_data` is written already encoded: the API's data.
            "Secret", Map.of("data", "stringData", "binary_data", "data"),
            "StorageClass", Map.of("storage_provisioner", "provisioner"),
            "DaemonSet", Map.of("spec.strategy", "updateStrategy"));

    private KindShapes() {
    }

    /** HCL path → Kubernetes field name, for the fields of {@code kind} that the provider renamed. */
    static Map<String, String> renamesFor(String kind) {
        return RENAMES.getOrDefault(kind, Map.of());
    }
}
