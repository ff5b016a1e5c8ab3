package dev.plumb.load.terraform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which Kubernetes type each hashicorp/kubernetes resource type creates. Most types come as an
 * unsuffixed name and a {@code _v1} name for the same API; the beta-only ones (the unsuffixed
 * CronJob, Ingress, PodDisruptionBudget, CSIDriver, validating webhooks) keep their beta API so
 * the API-removal rules can see them. Patch-style resources ({@code kubernetes_labels},
 * {@code kubernetes_env}, {@code kubernetes_config_map_v1_data}, …) change an object defined
 * elsewhere and are not objects themselves, so they are absent.
 */
final class ResourceTypes {

    private static final Map<String, ApiType> TYPES = new HashMap<>();

    static {
        unsuffixedAndV1("namespace", "v1", "Namespace");
        unsuffixedAndV1("pod", "v1", "Pod");
        unsuffixedAndV1("service", "v1", "Service");
        unsuffixedAndV1("service_account", "v1", "ServiceAccount");
        unsuffixedAndV1("config_map", "v1", "ConfigMap");
        unsuffixedAndV1("secret", "v1", "Secret");
        unsuffixedAndV1("endpoints", "v1", "Endpoints");
        unsuffixedAndV1("limit_range", "v1", "LimitRange");
        unsuffixedAndV1("persistent_volume", "v1", "PersistentVolume");
        unsuffixedAndV1("persistent_volume_claim", "v1", "PersistentVolumeClaim");
        unsuffixedAndV1("replication_controller", "v1", "ReplicationController");
        unsuffixedAndV1("resource_quota", "v1", "ResourceQuota");
        ApiType defaultAccount = new ApiType("v1", "ServiceAccount", "default");
        put("kubernetes_default_service_account", defaultAccount);
        put("kubernetes_default_service_account_v1", defaultAccount);
        put("kubernetes_endpoint_slice_v1", new ApiType("discovery.k8s.io/v1", "EndpointSlice"));
        unsuffixedAndV1("api_service", "apiregistration.k8s.io/v1", "APIService");

        unsuffixedAndV1("deployment", "apps/v1", "Deployment");
        unsuffixedAndV1("stateful_set", "apps/v1", "StatefulSet");
        // The provider spelled the DaemonSet differently before it added the _v1 names.
        put("kubernetes_daemonset", new ApiType("apps/v1", "DaemonSet"));
        put("kubernetes_daemon_set_v1", new ApiType("apps/v1", "DaemonSet"));

        unsuffixedAndV1("job", "batch/v1", "Job");
        put("kubernetes_cron_job", new ApiType("batch/v1beta1", "CronJob"));
        put("kubernetes_cron_job_v1", new ApiType("batch/v1", "CronJob"));

        unsuffixedAndV1("horizontal_pod_autoscaler", "autoscaling/v1", "HorizontalPodAutoscaler");
        put("kubernetes_horizontal_pod_autoscaler_v2beta2", new ApiType("autoscaling/v2beta2", "HorizontalPodAutoscaler"));
        put("kubernetes_horizontal_pod_autoscaler_v2", new ApiType("autoscaling/v2", "HorizontalPodAutoscaler"));

        put("kubernetes_certificate_signing_request", new ApiType("certificates.k8s.io/v1beta1", "CertificateSigningRequest"));
        put("kubernetes_certificate_signing_request_v1", new ApiType("certificates.k8s.io/v1", "CertificateSigningRequest"));

        unsuffixedAndV1("role", "rbac.authorization.k8s.io/v1", "Role");
        unsuffixedAndV1("role_binding", "rbac.authorization.k8s.io/v1", "RoleBinding");
        unsuffixedAndV1("cluster_role", "rbac.authorization.k8s.io/v1", "ClusterRole");
        unsuffixedAndV1("cluster_role_binding", "rbac.authorization.k8s.io/v1", "ClusterRoleBinding");

        put("kubernetes_ingress", new ApiType("networking.k8s.io/v1beta1", "Ingress"));
        put("kubernetes_ingress_v1", new ApiType("networking.k8s.io/v1", "Ingress"));
        unsuffixedAndV1("ingress_class", "networking.k8s.io/v1", "IngressClass");
        unsuffixedAndV1("network_policy", "networking.k8s.io/v1", "NetworkPolicy");

        put("kubernetes_pod_disruption_budget", new ApiType("policy/v1beta1", "PodDisruptionBudget"));
        put("kubernetes_pod_disruption_budget_v1", new ApiType("policy/v1", "PodDisruptionBudget"));
        put("kubernetes_pod_security_policy", new ApiType("policy/v1beta1", "PodSecurityPolicy"));
        put("kubernetes_pod_security_policy_v1beta1", new ApiType("policy/v1beta1", "PodSecurityPolicy"));

        unsuffixedAndV1("priority_class", "scheduling.k8s.io/v1", "PriorityClass");

        put("kubernetes_validating_webhook_configuration",
                new ApiType("admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration"));
        put("kubernetes_validating_webhook_configuration_v1",
                new ApiType("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"));
        // The unsuffixed mutating one applies v1 whenever the cluster serves it.
        unsuffixedAndV1("mutating_webhook_configuration", "admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration");

        unsuffixedAndV1("storage_class", "storage.k8s.io/v1", "StorageClass");
        put("kubernetes_csi_driver", new ApiType("storage.k8s.io/v1beta1", "CSIDriver"));
        put("kubernetes_csi_driver_v1", new ApiType("storage.k8s.io/v1", "CSIDriver"));
        put("kubernetes_runtime_class_v1", new ApiType("node.k8s.io/v1", "RuntimeClass"));
    }

    private ResourceTypes() {
    }

    static Optional<ApiType> of(String resourceType) {
        return Optional.ofNullable(TYPES.get(resourceType));
    }

    private static void unsuffixedAndV1(String name, String apiVersion, String kind) {
        ApiType type = new ApiType(apiVersion, kind);
        put("kubernetes_" + name, type);
        put("kubernetes_" + name + "_v1", type);
    }

    private static void put(String resourceType, ApiType type) {
        TYPES.put(resourceType, type);
    }
}
