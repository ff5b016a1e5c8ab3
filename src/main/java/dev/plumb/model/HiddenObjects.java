package dev.plumb.model;

import java.util.HashSet;
import java.util.Set;

/**
 * Namespaces where pods and Services exist that the repository does not spell out: a Helm release
 * (a HelmRelease object or Terraform's {@code helm_release}) or an Argo CD / Flux application deploys into them, or an operator's custom resource (a
 * CloudNativePG Cluster, a Prometheus) creates them. Cross-resource rules cannot conclude "nothing
 * matches" there, so they stay silent.
 */
public final class HiddenObjects {

    /** Custom resource groups that never create pods or Services: routing, certificates, policies, secrets. */
    private static final Set<String> PASSIVE_GROUPS = Set.of(
            "traefik.io", "traefik.containo.us", "cert-manager.io", "acme.cert-manager.io", "bitnami.com",
            "external-secrets.io", "cilium.io", "crd.projectcalico.org", "keda.sh");
    /** The Prometheus operator's kinds that only configure scraping and alerting (its Prometheus kind does run pods). */
    private static final Set<String> PASSIVE_MONITORING_KINDS = Set.of(
            "ServiceMonitor", "PodMonitor", "PrometheusRule", "Probe", "ScrapeConfig", "AlertmanagerConfig");

    private final Set<String> namespaces;

    private HiddenObjects(Set<String> namespaces) {
        this.namespaces = namespaces;
    }

    /** Built once per platform and shared by every rule that must not report what it cannot see. */
    public static HiddenObjects of(Platform platform) {
        return platform.derived(HiddenObjects.class, HiddenObjects::build);
    }

    private static HiddenObjects build(Platform platform) {
        Set<String> namespaces = new HashSet<>();
        for (Resource resource : platform.resources()) {
            if (!createsObjects(resource)) {
                continue;
            }
            namespaces.add(resource.namespace());
            // Release and application objects usually live in their tool's namespace and deploy elsewhere.
            resource.spec().get("targetNamespace").optText().ifPresent(namespaces::add);
            resource.spec().path("destination", "namespace").optText().ifPresent(namespaces::add);
        }
        for (HelmRelease release : platform.helmReleases()) {
            // A namespace only known at apply time (null) could be any: that is left to the unknown-namespace case.
            if (release.namespace() != null) {
                namespaces.add(release.namespace());
            }
        }
        return new HiddenObjects(namespaces);
    }

    /** True when the repository may not show every pod and Service of the namespace. */
    public boolean in(String namespace) {
        return namespace.equals(Resource.UNKNOWN_NAMESPACE) || namespaces.contains(namespace);
    }

    private static boolean createsObjects(Resource resource) {
        String group = resource.group();
        // Built-in groups are "" / "apps" / "batch" or end in k8s.io; their workloads are seen directly.
        if (!group.contains(".") || group.endsWith("k8s.io") || PASSIVE_GROUPS.contains(group)) {
            return false;
        }
        return !(group.equals("monitoring.coreos.com") && PASSIVE_MONITORING_KINDS.contains(resource.kind()));
    }
}
