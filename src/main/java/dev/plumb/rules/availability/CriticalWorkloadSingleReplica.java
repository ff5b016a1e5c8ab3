package dev.plumb.rules.availability;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Autoscalers;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "critical-workload-single-replica",
        title = "Critical workload runs a single replica",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "Databases, caches, message brokers, auth servers and ingress controllers are what other services "
                + "wait on. With one replica, every node drain (a k3s upgrade, a kernel update) and every node failure "
                + "takes them down, and everything behind them with them; after a crash Kubernetes only moves the pod "
                + "after about five minutes, and a pod tied to a node-local volume cannot move at all. One replica of a "
                + "database is often a deliberate homelab choice: then record it as an accepted risk.",
        fix = """
                Run more than one replica where the software supports it (Traefik, ingress-nginx, Authelia, Dex and \
                Keycloak with a shared database scale out; Redis, NATS and RabbitMQ need their clustered mode; \
                Postgres needs an operator such as CloudNativePG). Otherwise accept the risk with a reason, so the \
                audit shows it was decided:
                ```yaml
                metadata:
                  annotations:
                    plumb.dev/ignore: "critical-workload-single-replica — one node, backups nightly"
                ```
                Images plumb does not know can be marked critical in `.plumb.yaml` (`criticalImages: [ledger, \
                ghcr.io/acme/]`: a name, a path, or a registry prefix ending in `/`).""",
        references = {
            "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/",
            "https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions",
            "https://kubernetes.io/docs/tasks/run-application/run-replicated-stateful-application/"
        })
public final class CriticalWorkloadSingleReplica implements PlatformRule {

    private static final Set<String> KINDS = Set.of("Deployment", "StatefulSet");
    private static final String DEFAULT_CONTAINER = "kubectl.kubernetes.io/default-container";

    private final CriticalImages criticalImages;

    public CriticalWorkloadSingleReplica(RuleSettings settings) {
        this.criticalImages = new CriticalImages(settings.criticalImages());
    }

    @Override
    public void check(Platform platform, Findings findings) {
        Autoscalers autoscalers = Autoscalers.of(platform);
        for (Workload workload : platform.workloads()) {
            if (!KINDS.contains(workload.kind())) {
                continue;
            }
            // Zero replicas is a disabled workload (workload-disabled); a templated count can't be judged.
            Optional<Replicas.Floor> floor = Replicas.minimum(autoscalers, workload);
            Container main = mainContainer(workload);
            if (floor.isEmpty() || floor.get().count() != 1 || main == null) {
                continue;
            }
            Optional<String> role = criticalImages.roleOf(main.image());
            if (role.isEmpty() || isWorker(main)) {
                continue;
            }
            Node replicas = workload.resource().spec().get("replicas");
            Node at = replicas.isScalar() && floor.get().autoscaler() == null ? replicas : workload.resource().metadata().get("name");
            String what = role.get().equals(CriticalImages.CONFIGURED) ? "it" : "the " + role.get();
            findings.report(workload, at, workload.resource().id() + " runs " + floor.get().describe() + " of "
                    + shortImage(main.image()) + " (" + role.get() + "): while its node is drained or down, "
                    + what + " is unavailable, and so is everything that depends on it");
        }
    }

    /**
     * The same image started as a background worker (authentik's {@code args: [worker]}) runs tasks, not the
     * service others wait on: logins keep working while it restarts.
     */
    private static boolean isWorker(Container container) {
        return container.commandLine().stream().anyMatch(word -> "worker".equals(word.text()));
    }

    /** A tag says which image it is; the digest next to it only makes the message unreadable. */
    private static String shortImage(String image) {
        ImageReference reference = ImageReference.parse(image);
        return reference.hasTag() && reference.hasDigest() ? reference.repository() + ":" + reference.tag() : image;
    }

    /**
     * The container the pod exists for: the one {@code kubectl.kubernetes.io/default-container} names, else the
     * first. Sidecars (exporters, proxies, a Vault agent) never make a pod critical. Init containers finish before
     * the pod serves, so they are not considered either.
     */
    private static Container mainContainer(Workload workload) {
        List<Container> containers = workload.podSpec().containers();
        String named = workload.templateAnnotations().get(DEFAULT_CONTAINER);
        if (named != null) {
            for (Container container : containers) {
                if (container.name().equals(named)) {
                    return container;
                }
            }
        }
        return containers.isEmpty() ? null : containers.get(0);
    }
}
