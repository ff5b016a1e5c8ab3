package dev.plumb.rules.networking;

import dev.plumb.model.HiddenObjects;
import dev.plumb.model.Platform;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;

@RuleInfo(
        id = "network-policy-missing",
        title = "No NetworkPolicy selects the workload's pods",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        controls = "network-policy",
        rationale = "Pods that no NetworkPolicy selects accept connections from every pod in the cluster and may "
                + "connect anywhere. One compromised or misbehaving service can then reach databases, admin "
                + "interfaces and the cluster's internal APIs directly.",
        fix = """
                Start each namespace with a default-deny policy, then allow exactly the traffic each \
                workload needs (from the ingress controller, from its clients, to its database):
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
                Make sure the cluster's CNI enforces NetworkPolicies (k3s's default flannel setup does).""",
        references = {
            "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
            "https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies"
        },
        equivalents = {
            "polaris:missingNetworkPolicy",
            "kube-score:pod-networkpolicy",
            "kube-linter:non-isolated-pod"
        })
public final class NetworkPolicyMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        HiddenObjects hidden = HiddenObjects.of(platform);
        if (PolicyCoverage.hasClusterWidePolicies(platform)) {
            return;
        }
        for (Workload workload : platform.workloads()) {
            // NetworkPolicies do not apply to pods on the host's network, so none could help.
            if (workload.podSpec().node().get("hostNetwork").isTrue() || !workload.resource().namespaceKnown()
                    || PolicyCoverage.isCovered(platform, workload.namespace(), workload.templateLabels())
                    // A policy may sit in content plumb did not analyse (an unrendered chart, a file broken half-way).
                    || hidden.unseen("NetworkPolicy", workload.namespace())) {
                continue;
            }
            findings.report(workload, workload.resource().metadata().get("name"), workload.resource().id()
                    + ": no NetworkPolicy in namespace " + workload.namespace() + " selects its pods");
        }
    }
}
