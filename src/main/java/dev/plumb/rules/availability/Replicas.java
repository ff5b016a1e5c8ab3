package dev.plumb.rules.availability;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import java.util.Optional;
import java.util.OptionalLong;

/** How many pods a workload keeps running at the least, counting a HorizontalPodAutoscaler that owns the count. */
final class Replicas {

    /** The floor and, when an autoscaler sets it, which one: the operator must know where the number comes from. */
    record Floor(long count, Resource autoscaler) {

        String describe() {
            if (autoscaler == null) {
                return count + (count == 1 ? " replica" : " replicas");
            }
            String field = autoscaler.isKind("ScaledObject") ? "minReplicaCount" : "minReplicas";
            return "at least " + count + (count == 1 ? " replica" : " replicas")
                    + " (" + field + " of " + autoscaler.id() + ")";
        }
    }

    private Replicas() {
    }

    /** Empty when the workload has no replica count or the count is templated. */
    static Optional<Floor> minimum(Platform platform, Workload workload) {
        for (Resource autoscaler : platform.ofKind("HorizontalPodAutoscaler", workload.namespace())) {
            Node target = autoscaler.spec().get("scaleTargetRef");
            if (workload.kind().equals(target.get("kind").text()) && workload.name().equals(target.get("name").text())) {
                // The autoscaler overwrites spec.replicas; its floor is what a drain can count on.
                Node floor = autoscaler.spec().get("minReplicas");
                return floor.isNull() ? Optional.of(new Floor(1, autoscaler))
                        : floor.asLong().map(count -> new Floor(count, autoscaler));
            }
        }
        OptionalLong replicas = workload.replicas();
        return replicas.isPresent() ? Optional.of(new Floor(replicas.getAsLong(), null)) : Optional.empty();
    }

    /** As {@link #minimum(Platform, Workload)}, through an index built once per run (and counting KEDA ScaledObjects). */
    static Optional<Floor> minimum(Autoscalers autoscalers, Workload workload) {
        Optional<Autoscalers.Autoscaler> driver = autoscalers.driving(workload);
        if (driver.isPresent()) {
            return driver.get().floor().map(count -> new Floor(count, driver.get().resource()));
        }
        OptionalLong replicas = workload.replicas();
        return replicas.isPresent() ? Optional.of(new Floor(replicas.getAsLong(), null)) : Optional.empty();
    }
}
