package dev.plumb.rules.availability;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import java.util.OptionalLong;

/** How many pods a workload keeps running at the least, counting a HorizontalPodAutoscaler that owns the count. */
final class Replicas {

    private Replicas() {
    }

    /** Empty when the workload has no replica count or the count is templated. */
    static OptionalLong minimum(Platform platform, Workload workload) {
        for (Resource autoscaler : platform.ofKind("HorizontalPodAutoscaler", workload.namespace())) {
            Node target = autoscaler.spec().get("scaleTargetRef");
            if (workload.kind().equals(target.get("kind").text()) && workload.name().equals(target.get("name").text())) {
                // The autoscaler overwrites spec.replicas; its floor is what a drain can count on.
                Node floor = autoscaler.spec().get("minReplicas");
                return floor.isNull() ? OptionalLong.of(1)
                        : floor.asLong().map(OptionalLong::of).orElse(OptionalLong.empty());
            }
        }
        return workload.replicas();
    }
}
