package dev.plumb.rules.availability;

import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.rules.Autoscalers;
import java.util.Optional;
import java.util.OptionalLong;

/** How many pods a workload keeps running at the least, counting an autoscaler (HPA or KEDA) that owns the count. */
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

    /**
     * Empty when the workload has no replica count or the count is templated. An autoscaler (HPA or KEDA)
     * overwrites spec.replicas, so its floor is what a drain can count on.
     */
    static Optional<Floor> minimum(Autoscalers autoscalers, Workload workload) {
        Optional<Autoscalers.Autoscaler> driver = autoscalers.driving(workload);
        if (driver.isPresent()) {
            return driver.get().floor().map(count -> new Floor(count, driver.get().resource()));
        }
        OptionalLong replicas = workload.replicas();
        return replicas.isPresent() ? Optional.of(new Floor(replicas.getAsLong(), null)) : Optional.empty();
    }
}
