package dev.plumb.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Namespaces where pods and Services exist that the repository does not spell out: a Helm release
 * (a HelmRelease object or Terraform's {@code helm_release}) or an Argo CD / Flux application deploys into them, or an operator's custom resource (a
 * CloudNativePG Cluster, a Prometheus) creates them; or content plumb did not analyse (a chart it does
 * not render, a file broken half-way) may define them. Cross-resource rules cannot conclude "nothing
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

    /** Kinds of workload: a policy, a budget or a Service selects among these. */
    private static final Set<String> WORKLOAD_KINDS = Set.of(
            "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob");

    private final Set<String> namespaces;
    /** Kinds unanalysed content may define in any namespace. */
    private final Set<String> unseenKinds;
    /** Kinds unanalysed content may define in one namespace only (a kustomization's helmCharts or generators). */
    private final Map<String, Set<String>> unseenKindsIn;

    private HiddenObjects(Set<String> namespaces, Set<String> unseenKinds, Map<String, Set<String>> unseenKindsIn) {
        this.namespaces = namespaces;
        this.unseenKinds = unseenKinds;
        this.unseenKindsIn = unseenKindsIn;
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
        // Content plumb did not analyse (an unrendered chart, a file broken half-way, a generator) may define
        // objects of the kinds it names in any namespace.
        Set<String> unseenKinds = new HashSet<>();
        Map<String, Set<String>> unseenKindsIn = new HashMap<>();
        for (FileCoverage file : platform.coverage().files()) {
            if (file.status() == FileCoverage.Status.ANALYSED || file.mayDefine().isEmpty()) {
                continue;
            }
            if (file.definesIn().isEmpty()) {
                unseenKinds.addAll(file.mayDefine());
            } else {
                file.definesIn().forEach(namespace ->
                        unseenKindsIn.computeIfAbsent(namespace, ns -> new HashSet<>()).addAll(file.mayDefine()));
            }
        }
        return new HiddenObjects(namespaces, unseenKinds, unseenKindsIn);
    }

    /** True when the repository may not show every pod and Service of the namespace. */
    public boolean in(String namespace) {
        return namespace.equals(Resource.UNKNOWN_NAMESPACE) || namespaces.contains(namespace);
    }

    /**
     * True when an object of {@code kind} in {@code namespace} may exist without plumb seeing it: the
     * namespace is filled by releases or operators, or content plumb did not analyse may define the kind.
     */
    public boolean mayHide(String kind, String namespace) {
        return in(namespace) || unseen(kind, namespace);
    }

    /**
     * True when content plumb did not analyse may define objects of {@code kind} in {@code namespace}. For
     * rules about a workload's own policy or budget, which a release filling the namespace does not provide for it.
     */
    public boolean unseen(String kind, String namespace) {
        return defines(unseenKinds, kind) || defines(unseenKindsIn.getOrDefault(namespace, Set.of()), kind);
    }

    private static boolean defines(Set<String> kinds, String kind) {
        return kinds.contains(FileCoverage.ANY_KIND) || kinds.contains(kind);
    }

    /** As {@link #mayHide}, for any kind of workload: what a Service, a policy or a budget selects. */
    public boolean mayHideWorkloads(String namespace) {
        if (in(namespace)) {
            return true;
        }
        for (String kind : WORKLOAD_KINDS) {
            if (unseen(kind, namespace)) {
                return true;
            }
        }
        return false;
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
