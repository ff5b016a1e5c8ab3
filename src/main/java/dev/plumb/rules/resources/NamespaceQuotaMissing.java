package dev.plumb.rules.resources;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

@RuleInfo(
        id = "namespace-quota-missing",
        title = "Namespace has no LimitRange or ResourceQuota",
        category = Category.SCALING,
        severity = Severity.INFO,
        effort = Effort.S,
        counted = Counted.NAMESPACES,
        rationale = "Without a LimitRange, a container that sets no resources gets no default request or limit, "
                + "and without a ResourceQuota nothing caps what one namespace can take. As the platform grows, "
                + "one runaway app, a CronJob that piles up or a scaled-up test can use every node's capacity "
                + "and push out everything else.",
        fix = """
                Give each application namespace defaults for containers that set nothing, and a ceiling:
                ```yaml
                apiVersion: v1
                kind: LimitRange
                metadata:
                  name: defaults
                  namespace: <namespace>
                spec:
                  limits:
                    - type: Container
                      defaultRequest: {cpu: 50m, memory: 64Mi}
                      default: {memory: 256Mi}
                ---
                apiVersion: v1
                kind: ResourceQuota
                metadata:
                  name: ceiling
                  namespace: <namespace>
                spec:
                  hard:
                    requests.memory: 4Gi
                    limits.memory: 8Gi
                    pods: "30"
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/policy/limit-range/",
            "https://kubernetes.io/docs/concepts/policy/resource-quotas/"
        })
public final class NamespaceQuotaMissing implements PlatformRule {

    /**
     * Namespaces the distribution fills and sizes (CoreDNS, metrics-server, k3s's bundled add-ons):
     * a quota there can stop a system pod from restarting during an upgrade, so plumb does not ask for one.
     */
    private static final Set<String> SYSTEM_NAMESPACES = Set.of("kube-system", "kube-public", "kube-node-lease");
    private static final Set<String> QUOTA_KINDS = Set.of("LimitRange", "ResourceQuota");

    @Override
    public void check(Platform platform, Findings findings) {
        if (generatedForEveryNamespace(platform)) {
            return;
        }
        Set<String> covered = new HashSet<>();
        for (String kind : QUOTA_KINDS) {
            platform.ofKind(kind).forEach(resource -> covered.add(resource.namespace()));
        }
        // A namespaced Kyverno Policy can only generate into its own namespace.
        for (Resource policy : platform.ofKind("Policy")) {
            if (isKyverno(policy) && generatesQuota(policy)) {
                covered.add(policy.namespace());
            }
        }
        Map<String, Workload> firstByNamespace = new LinkedHashMap<>();
        for (Workload workload : platform.workloads()) {
            // A namespace plumb cannot evaluate may be any of them: nothing to say about it as a whole.
            if (workload.resource().namespaceKnown()) {
                firstByNamespace.putIfAbsent(workload.namespace(), workload);
            }
        }
        firstByNamespace.forEach((namespace, first) -> {
            if (covered.contains(namespace) || SYSTEM_NAMESPACES.contains(namespace)) {
                return;
            }
            int count = platform.workloadsIn(namespace).size();
            Resource resource = first.resource();
            Node written = resource.metadata().get("namespace");
            Node at = namespace.equals(written.text()) ? written : resource.metadata().get("name");
            findings.report(resource, at, "Namespace " + namespace + " runs " + count
                    + (count == 1 ? " workload" : " workloads") + " (first: " + resource.id()
                    + ") but the repository defines no LimitRange or ResourceQuota in it");
        });
    }

    /** A Kyverno ClusterPolicy that generates a LimitRange or ResourceQuota gives every namespace one. */
    private static boolean generatedForEveryNamespace(Platform platform) {
        return platform.ofKind("ClusterPolicy").stream().anyMatch(policy -> isKyverno(policy) && generatesQuota(policy));
    }

    private static boolean isKyverno(Resource policy) {
        return policy.group().equals("kyverno.io");
    }

    /** {@code generate.kind: ResourceQuota}, or a {@code cloneList} of kinds such as {@code v1/LimitRange}. */
    private static boolean generatesQuota(Resource policy) {
        for (Node rule : policy.spec().get("rules").elements()) {
            Node generate = rule.get("generate");
            if (QUOTA_KINDS.contains(generate.get("kind").textOr(""))) {
                return true;
            }
            for (Node kind : generate.path("cloneList", "kinds").elements()) {
                String text = kind.textOr("");
                if (QUOTA_KINDS.contains(text.substring(text.lastIndexOf('/') + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
