package dev.plumb.rules.networking;

import dev.plumb.model.Container;
import dev.plumb.model.ImageReference;
import dev.plumb.model.LabelSelector;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

@RuleInfo(
        id = "network-policy-host-network-controller",
        title = "NetworkPolicy admits a host-network ingress controller by selector",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "An ingress controller running with `hostNetwork: true` is not a pod network endpoint: its "
                + "connections to the backends come from the node's IP. A NetworkPolicy rule that admits it by "
                + "`namespaceSelector` or `podSelector` never matches that traffic on common CNIs (k3s's "
                + "kube-router, Calico, Cilium), so the application behind the Ingress times out, and the "
                + "usual \"fix\" under pressure is a policy that opens the pods to everything. Only controllers "
                + "the repository defines are recognised: a Deployment or DaemonSet with `hostNetwork: true`, or "
                + "a Flux HelmRelease of a controller chart whose values set it.",
        fix = """
                Admit the nodes' addresses instead of the controller's namespace (or run the controller \
                without `hostNetwork`, behind a LoadBalancer Service):
                ```yaml
                ingress:
                  - from:
                      - ipBlock:
                          cidr: 192.168.1.0/24   # the nodes' network
                ```
                On Cilium, `fromEntities: [host, remote-node]` in a CiliumNetworkPolicy says the same.""",
        references = {
            "https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-and-hostnetwork-pods",
            "https://docs.cilium.io/en/stable/security/policy/language/#entities-based"
        })
public final class NetworkPolicyHostNetworkController implements PlatformRule {

    /** Image repositories of ingress controllers and edge proxies (Traefik, ingress-nginx, HAProxy, Caddy, Envoy, Kong). */
    private static final Pattern CONTROLLER_IMAGE = Pattern.compile(
            "traefik|ingress-nginx|nginx-ingress|haproxy-ingress|haproxytech/kubernetes-ingress|caddy|envoy|contour|kong");

    /**
     * @param podLabels the controller pods' labels; null when a Helm release installs it and the
     *                  labels are the chart's business
     */
    private record Controller(Resource source, String namespace, Map<String, String> podLabels,
                              Map<String, String> namespaceLabels) {

        String describe() {
            return podLabels == null ? source.id() + " (hostNetwork in its values)" : source.id();
        }
    }

    @Override
    public void check(Platform platform, Findings findings) {
        List<Controller> controllers = controllers(platform);
        if (controllers.isEmpty()) {
            return;
        }
        for (Resource policy : platform.ofKind("NetworkPolicy")) {
            if (!PolicyCoverage.isStandard(policy) || !PolicyCoverage.restrictsIngress(policy) || admitsByAddress(policy)) {
                continue;
            }
            for (Node rule : policy.spec().get("ingress").elements()) {
                for (Node peer : rule.get("from").elements()) {
                    admitted(platform, policy, peer, controllers).ifPresent(controller -> {
                        Node namespaceSelector = peer.get("namespaceSelector");
                        Node at = namespaceSelector.isMissing() ? peer.get("podSelector") : namespaceSelector;
                        findings.report(policy, at, policy.id() + " admits " + controller.describe()
                                + " by " + (namespaceSelector.isMissing() ? "podSelector" : "namespaceSelector")
                                + ", but that controller runs with hostNetwork: its connections come from node IPs,"
                                + " which no selector matches");
                    });
                }
            }
        }
    }

    /**
     * Ingress controllers with hostNetwork: workloads by their regular containers' images (init
     * containers serve no traffic), and Flux Helm releases of a controller chart by their values.
     */
    private static List<Controller> controllers(Platform platform) {
        List<Controller> controllers = new ArrayList<>();
        Map<String, Map<String, String>> labelsByNamespace = new HashMap<>();
        for (Workload workload : platform.workloads()) {
            if (workload.podSpec().node().get("hostNetwork").isTrue() && runsController(workload)) {
                controllers.add(new Controller(workload.resource(), workload.namespace(), workload.templateLabels(),
                        labelsByNamespace.computeIfAbsent(workload.namespace(), ns -> namespaceLabels(platform, ns))));
            }
        }
        for (Resource release : platform.ofKind("HelmRelease")) {
            Node values = release.spec().get("values");
            String chart = release.spec().path("chart", "spec", "chart").textOr("").toLowerCase(Locale.ROOT);
            // The Traefik chart reads hostNetwork at the top level, ingress-nginx's under controller.
            if (CONTROLLER_IMAGE.matcher(chart).find()
                    && (values.get("hostNetwork").isTrue() || values.path("controller", "hostNetwork").isTrue())) {
                String namespace = release.spec().get("targetNamespace").textOr(release.namespace());
                controllers.add(new Controller(release, namespace, null,
                        labelsByNamespace.computeIfAbsent(namespace, ns -> namespaceLabels(platform, ns))));
            }
        }
        return controllers;
    }

    private static boolean runsController(Workload workload) {
        for (Container container : workload.podSpec().containers()) {
            String image = container.image();
            if (image != null && CONTROLLER_IMAGE.matcher(
                    ImageReference.parse(image).repository().toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The labels a namespaceSelector sees: the Namespace object's, plus the name label Kubernetes sets on every namespace. */
    private static Map<String, String> namespaceLabels(Platform platform, String namespace) {
        Map<String, String> labels = new HashMap<>(platform.find("Namespace", "", namespace)
                .map(Resource::labels).orElse(Map.of()));
        labels.put("kubernetes.io/metadata.name", namespace);
        return labels;
    }

    /** A rule open to every source, or an ipBlock peer: the operator already admits node addresses somehow. */
    private static boolean admitsByAddress(Resource policy) {
        for (Node rule : policy.spec().get("ingress").elements()) {
            List<Node> from = rule.get("from").elements();
            if (from.isEmpty() || from.stream().anyMatch(peer -> !peer.get("ipBlock").isMissing())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The host-network controller this peer means to admit. A peer that also matches ordinary pods of
     * the repository may be meant for them, so it is left alone; an empty namespaceSelector (every
     * namespace) names no controller in particular.
     */
    private static Optional<Controller> admitted(Platform platform, Resource policy, Node peer, List<Controller> controllers) {
        Node namespaceNode = peer.get("namespaceSelector");
        Node podNode = peer.get("podSelector");
        LabelSelector namespaces = LabelSelector.of(namespaceNode);
        LabelSelector pods = podNode.isMissing() ? null : LabelSelector.of(podNode);
        if (namespaceNode.isMissing() ? pods == null || pods.matchesEverything() : namespaces.matchesEverything()) {
            return Optional.empty();
        }
        for (Controller controller : controllers) {
            String namespace = controller.namespace();
            boolean namespaceMatches = namespaceNode.isMissing()
                    ? namespace.equals(policy.namespace())
                    : namespaces.matches(controller.namespaceLabels());
            // A release's pod labels are unknown: only a peer without podSelector surely means its pods.
            if (!namespaceMatches || pods != null
                    && (controller.podLabels() == null || !pods.matches(controller.podLabels()))) {
                continue;
            }
            boolean alsoOrdinaryPods = platform.workloadsIn(namespace).stream()
                    .anyMatch(workload -> !workload.podSpec().node().get("hostNetwork").isTrue()
                            && (pods == null || pods.matches(workload.templateLabels())));
            return alsoOrdinaryPods ? Optional.empty() : Optional.of(controller);
        }
        return Optional.empty();
    }
}
