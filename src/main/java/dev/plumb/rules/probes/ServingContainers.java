package dev.plumb.rules.probes;

import dev.plumb.model.Container;
import dev.plumb.model.Workload;

/** Which containers are expected to carry health probes at all. */
final class ServingContainers {

    private ServingContainers() {
    }

    /**
     * A container that keeps running for the life of its pod. Jobs, CronJobs and one-shot pods exit
     * by design, as do classic init containers; ephemeral debug containers cannot take probes.
     * Native sidecars (init containers with {@code restartPolicy: Always}) do run for the pod's life.
     */
    static boolean isLongRunning(Workload workload, Container container) {
        return !workload.isBatch() && !container.runsToCompletion();
    }
}
