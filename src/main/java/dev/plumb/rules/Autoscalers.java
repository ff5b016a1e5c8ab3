package dev.plumb.rules;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repository's autoscalers, indexed by the object they scale: HorizontalPodAutoscalers and KEDA
 * ScaledObjects (KEDA drives the count through an HPA it creates, so the same conflicts apply).
 * Built once per rule run, so rules (of availability, and Terraform's ignore_changes) look a workload's autoscaler up instead of scanning for it.
 */
public final class Autoscalers {

    /** One autoscaler and the object its {@code scaleTargetRef} names. */
    public record Autoscaler(Resource resource, String targetKind, String targetName, Node targetNameNode) {

        public boolean isKeda() {
            return resource.isKind("ScaledObject");
        }

        /** The field holding the floor, as the operator wrote it. */
        public String floorField() {
            return isKeda() ? "minReplicaCount" : "minReplicas";
        }

        /** The fewest replicas it keeps; empty when the value is templated. Defaults: 1 for an HPA, 0 for KEDA. */
        public Optional<Long> floor() {
            Node floor = resource.spec().get(floorField());
            if (floor.isMissing() || floor.isNull()) {
                return Optional.of(isKeda() ? 0L : 1L);
            }
            return floor.asLong();
        }
    }

    private final List<Autoscaler> all;
    private final Map<String, Autoscaler> byTarget;

    private Autoscalers(List<Autoscaler> all) {
        this.all = List.copyOf(all);
        this.byTarget = new HashMap<>();
        for (Autoscaler autoscaler : all) {
            byTarget.putIfAbsent(key(autoscaler.resource().namespace(), autoscaler.targetKind(), autoscaler.targetName()),
                    autoscaler);
        }
    }

    public static Autoscalers of(Platform platform) {
        List<Autoscaler> found = new ArrayList<>();
        for (Resource hpa : platform.ofKind("HorizontalPodAutoscaler")) {
            if (hpa.group().equals("autoscaling")) {
                add(found, hpa, null);
            }
        }
        for (Resource scaledObject : platform.ofKind("ScaledObject")) {
            if (scaledObject.group().equals("keda.sh")) {
                add(found, scaledObject, "Deployment");
            }
        }
        return new Autoscalers(found);
    }

    private static void add(List<Autoscaler> found, Resource resource, String defaultKind) {
        Node target = resource.spec().get("scaleTargetRef");
        String kind = target.get("kind").textOr(defaultKind);
        String name = target.get("name").text();
        // A templated or half-written reference names nothing plumb can follow.
        if (kind != null && name != null && !name.isBlank()) {
            found.add(new Autoscaler(resource, kind, name, target.get("name")));
        }
    }

    public List<Autoscaler> all() {
        return all;
    }

    /** The autoscaler that scales this workload, if the repository defines one. */
    public Optional<Autoscaler> driving(Workload workload) {
        return Optional.ofNullable(byTarget.get(key(workload.namespace(), workload.kind(), workload.name())));
    }

    private static String key(String namespace, String kind, String name) {
        return namespace + "/" + kind + "/" + name;
    }
}
