package dev.plumb.load.terraform;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the provider's argument and block names become Kubernetes field names.
 *
 * <p>HCL repeats a singular block ({@code container { … } container { … }}) where Kubernetes has a
 * list under a plural name ({@code containers}); every other block occurs once and stands for an
 * object. A few names mean a list in one place and an object in another, so the parent block
 * decides ({@code port} is a list of ports in a container but the one port of an Ingress
 * backend's {@code service}). Arguments are snake_case where Kubernetes is camelCase, with a
 * few initialisms the mechanical rule cannot guess ({@code cluster_ip} → {@code clusterIP}).
 */
final class FieldNames {

    /** The resource block itself, as a parent. */
    static final String ROOT = "";

    private static final Map<String, String> LIST_BLOCKS = Map.ofEntries(
            // pod spec and containers
            Map.entry("container", "containers"),
            Map.entry("init_container", "initContainers"),
            Map.entry("volume", "volumes"),
            Map.entry("volume_mount", "volumeMounts"),
            Map.entry("volume_device", "volumeDevices"),
            Map.entry("env", "env"),
            Map.entry("env_from", "envFrom"),
            Map.entry("port", "ports"),
            Map.entry("ports", "ports"),
            Map.entry("toleration", "tolerations"),
            Map.entry("host_aliases", "hostAliases"),
            Map.entry("topology_spread_constraint", "topologySpreadConstraints"),
            Map.entry("readiness_gate", "readinessGates"),
            Map.entry("image_pull_secrets", "imagePullSecrets"),
            Map.entry("image_pull_secret", "imagePullSecrets"),
            Map.entry("sysctl", "sysctls"),
            Map.entry("option", "options"),
            Map.entry("http_header", "httpHeaders"),
            Map.entry("items", "items"),
            Map.entry("sources", "sources"),
            Map.entry("volume_claim_template", "volumeClaimTemplates"),
            // selectors and affinity
            Map.entry("match_expressions", "matchExpressions"),
            Map.entry("match_expression", "matchExpressions"),
            Map.entry("match_fields", "matchFields"),
            Map.entry("node_selector_term", "nodeSelectorTerms"),
            Map.entry("preferred_during_scheduling_ignored_during_execution",
                    "preferredDuringSchedulingIgnoredDuringExecution"),
            // RBAC, admission, jobs
            Map.entry("rule", "rules"),
            Map.entry("subject", "subjects"),
            Map.entry("cluster_role_selectors", "clusterRoleSelectors"),
            Map.entry("webhook", "webhooks"),
            Map.entry("on_pod_condition", "onPodConditions"),
            // networking
            Map.entry("ingress", "ingress"),
            Map.entry("egress", "egress"),
            Map.entry("from", "from"),
            Map.entry("to", "to"),
            Map.entry("tls", "tls"),
            Map.entry("path", "paths"),
            Map.entry("subset", "subsets"),
            Map.entry("address", "addresses"),
            Map.entry("not_ready_address", "notReadyAddresses"),
            Map.entry("endpoint", "endpoints"),
            // autoscaling, quotas, storage, pod security policies
            Map.entry("metric", "metrics"),
            Map.entry("policy", "policies"),
            Map.entry("limit", "limits"),
            Map.entry("allowed_topologies", "allowedTopologies"),
            Map.entry("match_label_expressions", "matchLabelExpressions"),
            Map.entry("token_request", "tokenRequests"),
            Map.entry("range", "ranges"),
            Map.entry("host_ports", "hostPorts"),
            Map.entry("allowed_host_paths", "allowedHostPaths"),
            Map.entry("allowed_flex_volumes", "allowedFlexVolumes"));

    /** "parent/child": blocks that are a single object under this parent although a list elsewhere. */
    private static final Set<String> SINGLE_UNDER = Set.of(
            "service/port",      // Ingress v1 backend: service { name, port { number } }
            "external/metric",   // HPA v2 metric sources name one metric each
            "object/metric",
            "pods/metric",
            "ephemeral/volume_claim_template"); // a generic ephemeral volume's one claim, not a StatefulSet's list

    /** "parent/child": blocks that are a list under this parent although an object elsewhere. */
    private static final Map<String, String> LIST_UNDER = Map.of(
            ROOT + "/secret", "secrets",  // a ServiceAccount's secrets, not a volume's secret source
            "pod_affinity/required_during_scheduling_ignored_during_execution",
            "requiredDuringSchedulingIgnoredDuringExecution",
            "pod_anti_affinity/required_during_scheduling_ignored_during_execution",
            "requiredDuringSchedulingIgnoredDuringExecution");

    /** Names the snake_case to camelCase rule gets wrong. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("timezone", "timeZone"),
            Map.entry("cluster_ip", "clusterIP"),
            Map.entry("cluster_ips", "clusterIPs"),
            Map.entry("external_ips", "externalIPs"),
            Map.entry("load_balancer_ip", "loadBalancerIP"),
            Map.entry("host_ip", "hostIP"),
            Map.entry("pod_ip", "podIP"),
            Map.entry("host_ipc", "hostIPC"),
            Map.entry("host_pid", "hostPID"),
            Map.entry("client_ip", "clientIP"),
            Map.entry("non_resource_urls", "nonResourceURLs"),
            Map.entry("target_cpu_utilization_percentage", "targetCPUUtilizationPercentage"),
            Map.entry("volume_id", "volumeID"),
            Map.entry("data_disk_uri", "diskURI"),
            Map.entry("target_ww_ns", "targetWWNs"),
            Map.entry("scale_io", "scaleIO"),
            Map.entry("endpoints_name", "endpoints"),
            Map.entry("ceph_monitors", "monitors"),
            Map.entry("rbd_image", "image"),
            Map.entry("rbd_pool", "pool"),
            Map.entry("rados_user", "user"));

    /**
     * Blocks that only group their contents in the provider: Kubernetes puts the contents in the
     * parent (a PersistentVolume's nfs, csi, host_path… sit directly in its spec).
     */
    private static final Set<String> WRAPPERS = Set.of("persistent_volume_source");

    /** Maps whose keys are data (labels, resource names, config keys), should one be written as a block. */
    private static final Set<String> FREE_MAPS = Set.of(
            "labels", "annotations", "data", "binary_data", "string_data", "limits", "requests",
            "node_selector", "match_labels", "parameters", "capacity", "hard", "volume_attributes");

    /**
     * Resource-level arguments that steer Terraform or the provider and are no part of the object:
     * the meta-arguments, then the provider's own switches.
     */
    private static final Set<String> TERRAFORM_ONLY = Set.of(
            "count", "for_each", "depends_on", "provider", "lifecycle", "connection", "provisioner", "timeouts",
            "wait_for_rollout", "wait_for_load_balancer", "wait_for_completion", "wait_for_default_service_account",
            "wait_for_service_account_token", "wait_until_bound", "field_manager", "computed_fields", "wait");

    private FieldNames() {
    }

    /** The plural field a repeated block collects into, or empty when the block stands for one object. */
    static Optional<String> listName(String parent, String block) {
        String inContext = parent + "/" + block;
        if (SINGLE_UNDER.contains(inContext)) {
            return Optional.empty();
        }
        String contextual = LIST_UNDER.get(inContext);
        return Optional.ofNullable(contextual != null ? contextual : LIST_BLOCKS.get(block));
    }

    static boolean isWrapper(String block) {
        return WRAPPERS.contains(block);
    }

    static boolean isFreeMap(String block) {
        return FREE_MAPS.contains(block);
    }

    static boolean isTerraformOnly(String rootArgument) {
        return TERRAFORM_ONLY.contains(rootArgument);
    }

    /** {@code service_account_name} → {@code serviceAccountName}; names without underscores stay as written. */
    static String camelCase(String name) {
        String irregular = IRREGULAR.get(name);
        if (irregular != null) {
            return irregular;
        }
        if (name.indexOf('_') < 0) {
            return name;
        }
        StringBuilder camel = new StringBuilder(name.length());
        boolean upperNext = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                upperNext = camel.length() > 0;
            } else {
                camel.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            }
        }
        return camel.toString();
    }
}
