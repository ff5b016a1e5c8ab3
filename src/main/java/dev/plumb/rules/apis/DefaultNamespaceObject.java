package dev.plumb.rules.apis;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;

@RuleInfo(
        id = "default-namespace-object",
        title = "Object lives in the default Namespace",
        category = Category.SECURITY,
        severity = Severity.INFO,
        effort = Effort.S,
        rationale = "Namespaces are where Kubernetes draws boundaries: RoleBindings, NetworkPolicies, ResourceQuotas "
                + "and Pod Security labels all apply per namespace. Everything left in `default` shares one set of "
                + "them, so a permission granted to one app there is granted over all of them, and a default-deny "
                + "policy or a cleanup in `default` hits unrelated workloads. Objects without a namespace also land "
                + "wherever the kubectl context points when someone applies them by hand.",
        fix = """
                Give each application its own namespace: write it in the manifests, or once per directory with \
                kustomize:
                ```yaml
                # kustomization.yaml
                namespace: blog
                resources: [deployment.yaml, service.yaml]
                ```
                If you use `default` on purpose, switch the rule off in `.plumb.yaml`.""",
        references = {
            "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/",
            "https://kubernetes.io/docs/concepts/security/multi-tenancy/"
        },
        equivalents = {"kube-linter:use-namespace", "checkov:CKV_K8S_21"})
public final class DefaultNamespaceObject implements PlatformRule {

    /*
     * One finding per object, at INFO: reports already gather a rule's findings under one heading
     * with a count, and per-object findings keep what operators rely on: a plumb.dev/ignore
     * annotation or a .plumb.yaml subject glob on the namespace silences exactly the objects it names,
     * and fingerprints do not change when a sibling object is added to the file. Most repositories
     * keep one object per file anyway, so a per-file finding would rarely be shorter.
     */

    @Override
    public void check(Platform platform, Findings findings) {
        NamespaceDeciders deciders = NamespaceDeciders.of(platform);
        for (Resource resource : platform.inNamespace(Resource.DEFAULT_NAMESPACE)) {
            if (deciders.hasNoNamespace(resource)) {
                continue;
            }
            Node metadata = resource.metadata();
            if (resource.namespaceWritten()) {
                Node written = metadata.get("namespace");
                Node at = Resource.DEFAULT_NAMESPACE.equals(written.text()) ? written : metadata.get("name");
                findings.report(resource, at, resource.id() + " is in namespace default");
            } else {
                reportUnwritten(resource, deciders.placementOf(resource.origin().file()), findings);
            }
        }
    }

    /** Without a namespace of its own, the object goes where its deploy tool puts it. */
    private static void reportUnwritten(Resource resource, NamespaceDeciders.Placement placement, Findings findings) {
        if (!Resource.DEFAULT_NAMESPACE.equals(placement.namespace())) {
            return;
        }
        String how = placement.by() == null ? ": applied as written it lands in default"
                : " and " + placement.by() + " applies it into default";
        findings.report(resource, resource.metadata().get("name"), resource.id() + " names no namespace" + how);
    }
}
