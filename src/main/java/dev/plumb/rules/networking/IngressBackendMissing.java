package dev.plumb.rules.networking;

import dev.plumb.model.BackendRef;
import dev.plumb.model.HiddenObjects;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@RuleInfo(
        id = "ingress-backend-missing",
        title = "Ingress routes to a missing Service or port",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "An Ingress or Traefik IngressRoute whose backend Service does not exist, or names a port "
                + "the Service does not declare, answers 503 or 404 for that host: the site is down although "
                + "every pod is healthy. It usually follows a rename of the Service or of its port. Checked only "
                + "in namespaces where the repository defines Services and no Helm release or operator adds "
                + "Services plumb cannot see.",
        fix = """
                Point the backend at an existing Service and at one of its declared ports, by number (the \
                Service's `port`, not the container's `targetPort`) or by name:
                ```yaml
                backend:
                  service:
                    name: grafana
                    port:
                      name: http
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-rules",
            "https://doc.traefik.io/traefik/routing/providers/kubernetes-crd/#kind-ingressroute"
        },
        equivalents = {"kube-score:ingress-targets-service", "kube-linter:dangling-ingress"})
public final class IngressBackendMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        HiddenObjects hidden = HiddenObjects.of(platform);
        Map<String, List<String>> servicesByNamespace = new TreeMap<>();
        for (Resource service : platform.ofKind("Service")) {
            if (service.group().isEmpty()) {
                servicesByNamespace.computeIfAbsent(service.namespace(), ns -> new ArrayList<>()).add(service.name());
            }
        }
        Check check = new Check(platform, findings, hidden, servicesByNamespace);
        for (Resource ingress : platform.ofKind("Ingress")) {
            for (BackendRef backend : platform.backendsOf(ingress)) {
                check.backend(ingress, ingress.namespace(), backend.serviceName(), backend.port(), backend.node());
            }
        }
        for (String kind : new String[] {"IngressRoute", "IngressRouteTCP", "IngressRouteUDP"}) {
            for (Resource route : Traefik.ofKind(platform, kind)) {
                for (Node rule : route.spec().get("routes").elements()) {
                    for (Node service : rule.get("services").elements()) {
                        // TraefikService objects (weighted, mirroring) and api@internal are not Kubernetes Services.
                        String name = service.get("name").text();
                        if (!"Service".equals(service.get("kind").textOr("Service")) || name == null || name.contains("@")) {
                            continue;
                        }
                        check.backend(route, service.get("namespace").textOr(route.namespace()), name,
                                service.get("port").textOr(""), service.get("name"));
                    }
                }
            }
        }
    }

    private record Check(Platform platform, Findings findings, HiddenObjects hidden,
                         Map<String, List<String>> servicesByNamespace) {

        void backend(Resource from, String namespace, String name, String port, Node at) {
            if (isTemplated(name) || isTemplated(port)) {
                return;
            }
            Resource service = platform.findNear("Service", namespace, name, from.origin().file())
                    .filter(candidate -> candidate.group().isEmpty()).orElse(null);
            if (service == null) {
                // Signal: the repository defines Services in that namespace and nothing there creates unseen ones.
                List<String> known = servicesByNamespace.get(namespace);
                if (known != null && !hidden.mayHide("Service", namespace)) {
                    findings.report(from, at, from.id() + " routes to Service " + namespace + "/" + name
                            + ", which the repository does not define (Services in namespace " + namespace + ": "
                            + shortList(known) + ")");
                }
                return;
            }
            List<Node> ports = service.spec().get("ports").elements();
            if (port.isEmpty() || ports.isEmpty() || declares(ports, port)) {
                return;
            }
            findings.report(from, at, from.id() + " routes to port " + port + " of " + service.id()
                    + ", which declares " + describe(ports));
        }

        /** A number names the Service's port (not its targetPort); anything else names a port by name. */
        private static boolean declares(List<Node> ports, String wanted) {
            boolean number = wanted.chars().allMatch(Character::isDigit);
            for (Node port : ports) {
                String key = port.get(number ? "port" : "name").text();
                // A templated port could be anything: treat it as declaring what is asked.
                if (key != null && (key.equals(wanted) || isTemplated(key))) {
                    return true;
                }
            }
            return false;
        }

        private static String describe(List<Node> ports) {
            List<String> parts = new ArrayList<>();
            for (Node port : ports) {
                String name = port.get("name").text();
                parts.add(port.get("port").textOr("?") + (name == null ? "" : " (" + name + ")"));
            }
            return (parts.size() == 1 ? "only port " : "ports ") + String.join(", ", parts);
        }

        private static String shortList(List<String> names) {
            List<String> sorted = names.stream().distinct().sorted().toList();
            String shown = String.join(", ", sorted.subList(0, Math.min(sorted.size(), 5)));
            return sorted.size() > 5 ? shown + ", …" : shown;
        }

        private static boolean isTemplated(String text) {
            return text.contains("{{") || text.contains("${");
        }
    }
}
