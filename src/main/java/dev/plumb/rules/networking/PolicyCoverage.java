package dev.plumb.rules.networking;

import dev.plumb.model.LabelSelector;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import java.util.Map;
import java.util.Set;

/**
 * Whether some network policy selects a pod. Policies plumb cannot evaluate (CNI-specific kinds)
 * count as covering: the rule stays silent rather than guess.
 */
final class PolicyCoverage {

    private static final Set<String> CLUSTER_WIDE_POLICIES = Set.of(
            "CiliumClusterwideNetworkPolicy", "GlobalNetworkPolicy", "AdminNetworkPolicy", "BaselineAdminNetworkPolicy");

    private PolicyCoverage() {
    }

    static boolean hasClusterWidePolicies(Platform platform) {
        return CLUSTER_WIDE_POLICIES.stream().anyMatch(kind -> !platform.ofKind(kind).isEmpty());
    }

    /**
     * An egress-only policy leaves the pod open to every caller. Without policyTypes, Kubernetes
     * reads a policy as Ingress (plus Egress when it has egress rules).
     */
    static boolean restrictsIngress(Resource policy) {
        Node types = policy.spec().get("policyTypes");
        if (!types.isList()) {
            return true;
        }
        return types.elements().stream().anyMatch(type -> "Ingress".equals(type.text()));
    }

    /** A networking.k8s.io policy, the only NetworkPolicy kind whose selectors plumb evaluates. */
    static boolean isStandard(Resource policy) {
        return policy.isKind("NetworkPolicy") && policy.group().equals("networking.k8s.io");
    }

    /** An absent or null podSelector decodes as the empty selector, which selects every pod. */
    static boolean selectsEveryPod(Resource policy) {
        Node podSelector = policy.spec().get("podSelector");
        return podSelector.isNull() || LabelSelector.of(podSelector).matchesEverything();
    }

    static boolean isCovered(Platform platform, String namespace, Map<String, String> labels) {
        if (!platform.ofKind("CiliumNetworkPolicy", namespace).isEmpty()) {
            return true;
        }
        for (Resource policy : platform.ofKind("NetworkPolicy", namespace)) {
            // Calico's own NetworkPolicy kind selects with an expression language plumb does not read.
            if (!policy.group().equals("networking.k8s.io")) {
                return true;
            }
            if (!restrictsIngress(policy)) {
                continue;
            }
            // An absent podSelector decodes as the empty selector, which selects every pod.
            Node podSelector = policy.spec().get("podSelector");
            if (podSelector.isNull()) {
                return true;
            }
            LabelSelector selector = LabelSelector.of(podSelector);
            if (selector.isUnreadable() || selector.matches(labels)) {
                return true;
            }
        }
        return false;
    }
}
