package dev.plumb.rules.availability;

import dev.plumb.model.HiddenObjects;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
        id = "statefulset-service-missing",
        title = "StatefulSet governing Service missing or not headless",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        knownBug = true,
        rationale = "A StatefulSet's `serviceName` names the headless Service that gives each pod a stable DNS name "
                + "(`db-0.db.<namespace>.svc`). Clustered software (Postgres replicas, NATS, Redis Sentinel, etcd) finds "
                + "its peers through those names; when the Service does not exist, or has a cluster IP, the names are "
                + "never created and the members cannot form a cluster. Checked only in namespaces whose Services "
                + "the repository defines and into which no Helm chart installs.",
        fix = """
                Define the Service the StatefulSet names, headless, next to the one clients use:
                ```yaml
                apiVersion: v1
                kind: Service
                metadata:
                  name: <serviceName>
                spec:
                  clusterIP: None
                  selector:
                    app.kubernetes.io/name: <workload>
                  ports:
                    - name: peer
                      port: 5432
                ```
                `serviceName` cannot be changed on an existing StatefulSet: fix the Service rather than the reference.""",
        references = {
            "https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id",
            "https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields"
        },
        equivalents = {"kube-score:statefulset-has-servicename"})
public final class StatefulSetServiceMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        Map<String, Map<String, Resource>> services = new HashMap<>();
        for (Resource service : platform.ofKind("Service")) {
            services.computeIfAbsent(service.namespace(), ns -> new HashMap<>()).putIfAbsent(service.name(), service);
        }
        HiddenObjects hidden = HiddenObjects.of(platform);
        Autoscalers autoscalers = Autoscalers.of(platform);
        for (Resource statefulSet : platform.ofKind("StatefulSet")) {
            Node serviceName = statefulSet.spec().get("serviceName");
            String name = serviceName.text();
            Map<String, Resource> inNamespace = services.get(statefulSet.namespace());
            // The signal that the repository holds the namespace's Services: it defines some, and no chart adds more.
            if (name == null || name.isBlank() || inNamespace == null || hidden.mayHide("Service", statefulSet.namespace())) {
                continue;
            }
            String podName = statefulSet.name() + "-0." + name + "." + statefulSet.namespace() + ".svc";
            Resource service = inNamespace.get(name);
            if (service == null) {
                findings.report(statefulSet, serviceName, statefulSet.id() + " names governing Service \"" + name
                        + "\", which namespace " + statefulSet.namespace() + " does not define: its pods get no stable "
                        + "DNS names such as " + podName);
            } else if (!isHeadless(service) && replicated(statefulSet, autoscalers)) {
                findings.report(statefulSet, serviceName, statefulSet.id() + " names governing Service " + service.id()
                        + ", which is not headless (no clusterIP: None): per-pod DNS names such as " + podName
                        + " exist only for a headless Service, and its replicas cannot address each other");
            }
        }
    }

    /** A templated clusterIP counts as headless: can't tell. */
    private static boolean isHeadless(Resource service) {
        Node clusterIP = service.spec().get("clusterIP");
        return !clusterIP.isMissing() && !clusterIP.isNull() && (clusterIP.text() == null || clusterIP.text().equals("None"));
    }

    /** Clients reach a lone pod through any Service; per-pod names matter once replicas talk to each other. */
    private static boolean replicated(Resource statefulSet, Autoscalers autoscalers) {
        Optional<Replicas.Floor> floor = Workload.of(statefulSet).flatMap(w -> Replicas.minimum(autoscalers, w));
        return floor.isPresent() && floor.get().count() >= 2;
    }
}
