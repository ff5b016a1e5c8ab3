package dev.plumb.result;

import java.util.List;

/**
 * What the platform holds, counted once by the engine, so reports can say "3 of 9 workloads" and
 * judge a unit's controls without reading files or re-deriving findings.
 *
 * @param workloads        every workload (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod, …)
 * @param longRunning      workloads that serve or run for the life of their pods (not batch)
 * @param containers       containers of every workload, init containers included
 * @param imageReferences  containers whose image is written literally (not templated)
 * @param units            the charts, Terraform stacks and folders operators think in, by path
 */
public record PlatformFacts(int workloads, int longRunning, int containers, int imageReferences, List<UnitFacts> units) {

    public static final PlatformFacts NONE = new PlatformFacts(0, 0, 0, 0, List.of());

    public PlatformFacts {
        units = List.copyOf(units);
    }
}
