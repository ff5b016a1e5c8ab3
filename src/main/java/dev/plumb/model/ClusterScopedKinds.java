package dev.plumb.model;

import java.util.Set;

/** Built-in kinds that live outside any namespace; every other kind gets Kubernetes' "default" namespace when none is written. */
public final class ClusterScopedKinds {

    private static final Set<String> KINDS = Set.of(
            "Namespace", "Node", "PersistentVolume", "StorageClass", "CSIDriver", "CSINode",
            "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "APIService",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
            "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
            "PriorityClass", "RuntimeClass", "PodSecurityPolicy", "VolumeAttachment",
            "CertificateSigningRequest", "IngressClass", "FlowSchema", "PriorityLevelConfiguration",
            "ComponentStatus", "ClusterIssuer", "ClusterSecretStore", "ClusterPolicy",
            "GatewayClass", "ClusterServiceVersion", "ClusterTask", "ClusterInterceptor",
            "List");

    private ClusterScopedKinds() {
    }

    public static boolean contains(String kind) {
        return KINDS.contains(kind);
    }
}
