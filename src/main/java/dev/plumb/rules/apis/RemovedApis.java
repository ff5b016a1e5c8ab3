package dev.plumb.rules.apis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * API versions that clusters no longer serve, with what to use instead. Kubernetes entries follow
 * the Deprecated API Migration Guide (kubernetes.io/docs/reference/using-api/deprecation-guide);
 * the others are CRD versions that widely used add-ons dropped. Entries list their kinds where a
 * group version still serves newer kinds (storage.k8s.io/v1beta1 serves VolumeAttributesClass,
 * admissionregistration.k8s.io/v1beta1 ValidatingAdmissionPolicy), so those are never flagged.
 */
final class RemovedApis {

    /**
     * @param apiVersion  the version as written in manifests
     * @param kinds       the kinds it no longer serves; empty for every kind of that version
     * @param removedIn   the release that stopped serving it ("Kubernetes 1.25", "cert-manager 1.7")
     * @param replacement the apiVersion to write instead, or null when the kind itself is gone
     * @param advice      what to do when there is no replacement
     */
    record RemovedApi(String apiVersion, Set<String> kinds, String removedIn, String replacement, String advice) {

        boolean covers(String kind) {
            return kinds.isEmpty() || kinds.contains(kind);
        }

        /** "removed in Kubernetes 1.16: use apps/v1". */
        String describe() {
            return "removed in " + removedIn + ": " + (replacement == null ? advice : "use " + replacement);
        }
    }

    private static final String PSP_ADVICE = "PodSecurityPolicy has no replacement, enforce Pod Security Admission "
            + "with pod-security.kubernetes.io labels on the namespaces instead";

    private static final Map<String, List<RemovedApi>> BY_VERSION = new HashMap<>();

    static {
        // Kubernetes 1.16
        moved("extensions/v1beta1", "Kubernetes 1.16", "apps/v1", "Deployment", "DaemonSet", "ReplicaSet");
        moved("extensions/v1beta1", "Kubernetes 1.16", "networking.k8s.io/v1", "NetworkPolicy");
        gone("extensions/v1beta1", "Kubernetes 1.16", PSP_ADVICE, "PodSecurityPolicy");
        moved("apps/v1beta1", "Kubernetes 1.16", "apps/v1");
        moved("apps/v1beta2", "Kubernetes 1.16", "apps/v1");
        // Kubernetes 1.22
        moved("extensions/v1beta1", "Kubernetes 1.22", "networking.k8s.io/v1", "Ingress");
        moved("networking.k8s.io/v1beta1", "Kubernetes 1.22", "networking.k8s.io/v1", "Ingress", "IngressClass");
        moved("admissionregistration.k8s.io/v1beta1", "Kubernetes 1.22", "admissionregistration.k8s.io/v1",
                "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");
        moved("apiextensions.k8s.io/v1beta1", "Kubernetes 1.22", "apiextensions.k8s.io/v1", "CustomResourceDefinition");
        moved("apiregistration.k8s.io/v1beta1", "Kubernetes 1.22", "apiregistration.k8s.io/v1", "APIService");
        moved("certificates.k8s.io/v1beta1", "Kubernetes 1.22", "certificates.k8s.io/v1", "CertificateSigningRequest");
        moved("coordination.k8s.io/v1beta1", "Kubernetes 1.22", "coordination.k8s.io/v1", "Lease");
        moved("rbac.authorization.k8s.io/v1beta1", "Kubernetes 1.22", "rbac.authorization.k8s.io/v1",
                "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding");
        moved("scheduling.k8s.io/v1beta1", "Kubernetes 1.22", "scheduling.k8s.io/v1", "PriorityClass");
        moved("storage.k8s.io/v1beta1", "Kubernetes 1.22", "storage.k8s.io/v1",
                "CSIDriver", "CSINode", "StorageClass", "VolumeAttachment");
        // Kubernetes 1.25
        moved("batch/v1beta1", "Kubernetes 1.25", "batch/v1", "CronJob");
        moved("discovery.k8s.io/v1beta1", "Kubernetes 1.25", "discovery.k8s.io/v1", "EndpointSlice");
        moved("events.k8s.io/v1beta1", "Kubernetes 1.25", "events.k8s.io/v1", "Event");
        moved("autoscaling/v2beta1", "Kubernetes 1.25", "autoscaling/v2", "HorizontalPodAutoscaler");
        moved("policy/v1beta1", "Kubernetes 1.25", "policy/v1", "PodDisruptionBudget");
        gone("policy/v1beta1", "Kubernetes 1.25", PSP_ADVICE, "PodSecurityPolicy");
        moved("node.k8s.io/v1beta1", "Kubernetes 1.25", "node.k8s.io/v1", "RuntimeClass");
        // Kubernetes 1.26, 1.27, 1.29, 1.32
        moved("autoscaling/v2beta2", "Kubernetes 1.26", "autoscaling/v2", "HorizontalPodAutoscaler");
        moved("flowcontrol.apiserver.k8s.io/v1beta1", "Kubernetes 1.26", "flowcontrol.apiserver.k8s.io/v1",
                "FlowSchema", "PriorityLevelConfiguration");
        moved("storage.k8s.io/v1beta1", "Kubernetes 1.27", "storage.k8s.io/v1", "CSIStorageCapacity");
        moved("flowcontrol.apiserver.k8s.io/v1beta2", "Kubernetes 1.29", "flowcontrol.apiserver.k8s.io/v1",
                "FlowSchema", "PriorityLevelConfiguration");
        moved("flowcontrol.apiserver.k8s.io/v1beta3", "Kubernetes 1.32", "flowcontrol.apiserver.k8s.io/v1",
                "FlowSchema", "PriorityLevelConfiguration");
        // cert-manager: no longer served since 1.6, removed from the CRDs in 1.7.
        for (String version : List.of("v1alpha2", "v1alpha3", "v1beta1")) {
            moved("cert-manager.io/" + version, "cert-manager 1.7", "cert-manager.io/v1");
            moved("acme.cert-manager.io/" + version, "cert-manager 1.7", "acme.cert-manager.io/v1");
        }
        moved("certmanager.k8s.io/v1alpha1", "cert-manager 0.11 (the API group was renamed)", "cert-manager.io/v1");
        // Traefik: deprecated in 2.10, and the v3 CRDs no longer define the old group.
        moved("traefik.containo.us/v1alpha1", "Traefik v3 (deprecated since 2.10)", "traefik.io/v1alpha1");
    }

    private RemovedApis() {
    }

    /** The entry for this apiVersion and kind, if the version no longer serves the kind. */
    static Optional<RemovedApi> find(String apiVersion, String kind) {
        for (RemovedApi entry : BY_VERSION.getOrDefault(apiVersion, List.of())) {
            if (entry.covers(kind)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    static List<RemovedApi> all() {
        return BY_VERSION.values().stream().flatMap(List::stream).toList();
    }

    private static void moved(String apiVersion, String removedIn, String replacement, String... kinds) {
        add(new RemovedApi(apiVersion, Set.of(kinds), removedIn, replacement, null));
    }

    private static void gone(String apiVersion, String removedIn, String advice, String... kinds) {
        add(new RemovedApi(apiVersion, Set.of(kinds), removedIn, null, advice));
    }

    private static void add(RemovedApi entry) {
        BY_VERSION.computeIfAbsent(entry.apiVersion(), version -> new ArrayList<>()).add(entry);
    }
}
