package dev.plumb.rule;

import dev.plumb.model.Workload;

/** Checks each pod-running resource (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob) through its pod template. */
public non-sealed interface WorkloadRule extends Rule {

    void check(Workload workload, Findings findings);
}
