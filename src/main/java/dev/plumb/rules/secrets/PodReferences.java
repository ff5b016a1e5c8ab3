package dev.plumb.rules.secrets;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rules.secrets.ObjectCatalog.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The Secrets, ConfigMaps and claims a pod template needs before its containers can start. A
 * reference marked {@code optional: true} is left out: Kubernetes starts the pod without it.
 *
 * <p>imagePullSecrets are left out on purpose: a missing one only logs a warning, and whether the
 * pull then fails depends on the registry, which the repository does not show.
 */
final class PodReferences {

    /**
     * @param key       the key read, or null when the whole object is used
     * @param nameAt    the node naming the object
     * @param keyAt     the node naming the key (missing when there is none)
     * @param container the container whose env reads it; null for a volume
     * @param via       how the pod uses it, for the message: {@code env DB_PASSWORD}, {@code volume "certs"}
     * @param item      a volume's {@code items} entry, whose object its volume already references
     */
    record Reference(Kind kind, String name, String key, Node nameAt, Node keyAt, Container container, String via,
                     boolean item) {}

    private PodReferences() {
    }

    static List<Reference> of(Workload workload, Kind wanted) {
        List<Reference> references = new ArrayList<>();
        if (wanted != Kind.PVC) {
            // Init containers included: a missing Secret stops the pod at its first init container just the same.
            for (Container container : workload.podSpec().allContainers()) {
                env(container, wanted, references);
            }
        }
        for (Node volume : workload.podSpec().volumes()) {
            String via = "volume \"" + volume.get("name").textOr("?") + "\"";
            switch (wanted) {
                case SECRET -> source(volume.get("secret"), "secretName", wanted, via, references);
                case CONFIG_MAP -> source(volume.get("configMap"), "name", wanted, via, references);
                case PVC -> {
                    Node claim = volume.path("persistentVolumeClaim", "claimName");
                    claim.optText().ifPresent(name -> references.add(
                            new Reference(wanted, name, null, claim, claim, null, via, false)));
                }
            }
            if (wanted != Kind.PVC) {
                for (Node projected : volume.path("projected", "sources").elements()) {
                    source(projected.get(wanted == Kind.SECRET ? "secret" : "configMap"), "name", wanted, via, references);
                }
            }
        }
        return references;
    }

    private static void env(Container container, Kind wanted, List<Reference> references) {
        String refField = wanted == Kind.SECRET ? "secretKeyRef" : "configMapKeyRef";
        for (Node variable : container.env()) {
            Node ref = variable.path("valueFrom", refField);
            String via = "env " + variable.get("name").textOr("?");
            if (ref.isMap() && !ref.get("optional").isTrue()) {
                Node name = ref.get("name");
                name.optText().ifPresent(text -> references.add(
                        new Reference(wanted, text, ref.get("key").text(), name, ref.get("key"), container, via, false)));
            }
        }
        String fromField = wanted == Kind.SECRET ? "secretRef" : "configMapRef";
        for (Node source : container.envFrom()) {
            Node ref = source.get(fromField);
            if (ref.isMap() && !ref.get("optional").isTrue()) {
                Node name = ref.get("name");
                name.optText().ifPresent(text -> references.add(
                        new Reference(wanted, text, null, name, name, container, "envFrom", false)));
            }
        }
    }

    /** A secret or configMap volume (or projected source): the object, then each key its items pick. */
    private static void source(Node source, String nameField, Kind wanted, String via, List<Reference> references) {
        if (!source.isMap() || source.get("optional").isTrue()) {
            return;
        }
        Node name = source.get(nameField);
        String text = name.text();
        if (text == null || text.isBlank()) {
            return;
        }
        references.add(new Reference(wanted, text, null, name, name, null, via, false));
        for (Node item : source.get("items").elements()) {
            Node key = item.get("key");
            key.optText().ifPresent(k -> references.add(new Reference(wanted, text, k, name, key, null, via, true)));
        }
    }
}
