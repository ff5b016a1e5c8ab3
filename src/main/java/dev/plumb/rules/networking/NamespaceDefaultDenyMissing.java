package dev.plumb.rules.networking;

import dev.plumb.model.HiddenObjects;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Counted;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(
        id = "namespace-default-deny-missing",
        title = "Namespace has no default-deny NetworkPolicy",
        category = Category.SECURITY,
        severity = Severity.LOW,
        effort = Effort.S,
        counted = Counted.NAMESPACES,
        rationale = "Without a policy that selects every pod of the namespace, each new workload starts open to "
                + "the whole cluster until someone remembers to write its policy. A default-deny policy makes "
                + "isolation the starting point: new pods receive nothing until a policy allows it. Any "
                + "ingress policy with `podSelector: {}` whose rules all name their sources counts, since it "
                + "isolates every pod just the same.",
        fix = """
                Add a default-deny policy to the namespace, then allow each flow explicitly:
                ```yaml
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: default-deny-ingress
                  namespace: <namespace>
                spec:
                  podSelector: {}
                  policyTypes: [Ingress]
                ```
                Check that the cluster's CNI enforces NetworkPolicies (k3s's default flannel setup does).""",
        references = {
            "https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-traffic",
            "https://kubernetes.io/docs/concepts/services-networking/network-policies/"
        })
public final class NamespaceDefaultDenyMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        // A cluster-wide policy (Cilium, Calico, AdminNetworkPolicy) is where a default deny usually lives then.
        if (PolicyCoverage.hasClusterWidePolicies(platform)) {
            return;
        }
        // Namespaces isolated by a default deny, or governed by CNI-specific policies plumb cannot evaluate.
        HiddenObjects hidden = HiddenObjects.of(platform);
        Set<String> settled = new HashSet<>();
        for (Resource policy : platform.ofKind("NetworkPolicy")) {
            if (!PolicyCoverage.isStandard(policy) || isDefaultDeny(policy)) {
                settled.add(policy.namespace());
            }
        }
        platform.ofKind("CiliumNetworkPolicy").forEach(policy -> settled.add(policy.namespace()));
        Map<String, List<Workload>> byNamespace = new LinkedHashMap<>();
        for (Workload workload : platform.workloads()) {
            // NetworkPolicies do not apply to pods on the host's network.
            // A namespace plumb cannot evaluate may be any of them: nothing to say about it as a whole.
            if (!workload.podSpec().node().get("hostNetwork").isTrue() && workload.resource().namespaceKnown()) {
                byNamespace.computeIfAbsent(workload.namespace(), ns -> new ArrayList<>()).add(workload);
            }
        }
        byNamespace.forEach((namespace, workloads) -> {
            // kube-system serves every namespace (CoreDNS above all): a blanket deny there is how
            // clusters lose DNS, so it is left to the per-workload rule.
            // A policy may sit in content plumb did not analyse (an unrendered chart, a file broken half-way).
            if (settled.contains(namespace) || namespace.equals("kube-system") || hidden.unseen("NetworkPolicy", namespace)) {
                return;
            }
            Workload first = workloads.get(0);
            findings.report(first, first.resource().metadata().get("name"), "Namespace " + namespace + " has "
                    + count(workloads.size()) + " (first: " + first.resource().id()
                    + ") but no default-deny ingress NetworkPolicy (podSelector: {} with policyTypes [Ingress])");
        });
    }

    /** Selects every pod for ingress and admits only named sources: every pod of the namespace is isolated. */
    private static boolean isDefaultDeny(Resource policy) {
        if (!PolicyCoverage.selectsEveryPod(policy)
                || !PolicyCoverage.restrictsIngress(policy)) {
            return false;
        }
        // A rule without sources ("- {}", or only ports) admits every caller: that is allow-all, not deny.
        for (Node rule : policy.spec().get("ingress").elements()) {
            if (rule.get("from").elements().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String count(int workloads) {
        return workloads == 1 ? "1 workload" : workloads + " workloads";
    }
}
