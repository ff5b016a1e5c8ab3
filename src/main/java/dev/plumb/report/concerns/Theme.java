package dev.plumb.report.concerns;

import dev.plumb.rule.RuleMeta;
import java.util.List;
import java.util.Optional;

/**
 * The wording of a story several rules tell, read better as one concern: an operator writes "only 5
 * of 8 workloads define probes", not one paragraph per missing probe kind. Which rules tell it, and
 * the words each adds at a location, are the rules' own ({@code @RuleInfo(theme, themeDetail)}).
 *
 * @param whole   what a workload has when none of the rules fires ("define both probes"), for "only N of M …"
 * @param batch   whether batch workloads (Jobs, CronJobs) count in the "of M"
 */
record Theme(String id, String title, Section section, String whole, boolean batch, String impact, String fix) {

    static final List<Theme> ALL = List.of(
            new Theme("health-probes", "Workloads without health probes", Section.FRAGILE_AREAS,
                    "define both probes", false,
                    "Without probes the kubelet restarts a container only when its process exits, and Services send "
                            + "traffic to pods that cannot answer yet: a wedged process or a slow start turns into errors "
                            + "users see, and you find out when they complain.",
                    "Give every long-running container a `readinessProbe` that fails while it cannot serve, and a cheap "
                            + "`livenessProbe` that fails only when a restart would help. "
                            + "`plumb explain liveness-probe-missing` and "
                            + "`plumb explain readiness-probe-missing` show both with an example."),
            new Theme("container-hardening", "Containers run without a hardened securityContext", Section.SECURITY,
                    "run fully hardened", true,
                    "A process that breaks out of its application runs with whatever the pod allows: root, the default "
                            + "capabilities, a writable filesystem to drop tools into, every system call. Each missing "
                            + "setting is one less wall between a compromised container and the node.",
                    "Set the restricted profile once per pod template and relax only what a workload proves it needs: "
                            + "`runAsNonRoot: true` and `seccompProfile: {type: RuntimeDefault}` on the pod, "
                            + "`allowPrivilegeEscalation: false`, `readOnlyRootFilesystem: true` and "
                            + "`capabilities: {drop: [ALL]}` on each container."),
            new Theme("requests-and-limits", "Containers without requests or memory limits", Section.FRAGILE_AREAS,
                    "set requests and a memory limit on every container", true,
                    "The scheduler places a pod without requests as if it cost nothing, so nodes overcommit; a container "
                            + "without a memory limit can take the node's memory, and the kernel then kills whatever it "
                            + "picks — often a neighbour.",
                    "Give every container CPU and memory requests from its observed usage and a memory limit a little "
                            + "above its peak: `resources: {requests: {cpu: 50m, memory: 128Mi}, limits: {memory: 256Mi}}`."));

    /** The theme a rule names; empty for a rule told on its own, or one naming a theme with no wording (a test forbids that). */
    static Optional<Theme> of(RuleMeta rule) {
        String id = rule.reporting().theme();
        return id.isEmpty() ? Optional.empty() : ALL.stream().filter(theme -> theme.id().equals(id)).findFirst();
    }

    /** The ids that have wording, for the test that every theme a rule names has it. */
    static List<String> ids() {
        return ALL.stream().map(Theme::id).toList();
    }
}
