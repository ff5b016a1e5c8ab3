package dev.plumb.rules.availability;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Autoscalers;
import java.util.Set;

@RuleInfo(
        id = "workload-disabled",
        title = "Disabled workload left in the repository",
        category = Category.TECH_DEBT,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "A Deployment or StatefulSet scaled to `replicas: 0`, or a CronJob with `suspend: true`, runs "
                + "nothing but still looks like part of the platform: readers assume it works, its images and "
                + "settings age unreviewed, and nobody remembers whether it was switched off for a reason or "
                + "forgotten. A suspended backup CronJob is the classic silent failure.",
        fix = "Delete the workload if it is no longer needed (Git keeps its history), or re-enable it. If it is kept "
                + "off on purpose, say why next to it with a `plumb.dev/ignore: \"workload-disabled — <reason>\"` "
                + "annotation.",
        references = {
            "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#scaling-a-deployment",
            "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-suspension"
        })
public final class WorkloadDisabled implements PlatformRule {

    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");
    /** Sablier starts labelled workloads on the first request: zero is their resting state, not a switch-off. */
    private static final String SABLIER = "sablier.enable";

    @Override
    public void check(Platform platform, Findings findings) {
        Autoscalers autoscalers = Autoscalers.of(platform);
        for (Workload workload : platform.workloads()) {
            Node replicas = workload.resource().spec().get("replicas");
            // KEDA (or an HPA with scale-to-zero) starts it when there is work: zero is where it rests.
            if (SCALABLE.contains(workload.kind()) && replicas.asLong().orElse(-1L) == 0
                    && autoscalers.driving(workload).isEmpty()
                    && !"true".equals(workload.resource().labels().get(SABLIER))) {
                findings.report(workload, replicas, workload.resource().id() + " has replicas: "
                        + replicas.text() + " and runs nothing");
            }
        }
        for (Resource cronJob : platform.ofKind("CronJob")) {
            Node suspend = cronJob.spec().get("suspend");
            if (suspend.isTrue()) {
                findings.report(cronJob, suspend, cronJob.id() + " is suspended (suspend: true): its schedule never fires");
            }
        }
    }
}
