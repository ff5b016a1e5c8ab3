package dev.plumb.rules.apis;

import dev.plumb.model.Origin;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.ResourceRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.Set;

@RuleInfo(
        id = "api-version-removed",
        title = "Object uses a removed API version",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "A cluster that no longer serves an API version rejects the manifest outright (`no matches for "
                + "kind \"Ingress\" in version \"networking.k8s.io/v1beta1\"`). The object keeps running until the "
                + "next apply, so the break surfaces later: when rebuilding the cluster, restoring from the "
                + "repository or after a k3s or add-on upgrade, exactly when you need the manifests to work.",
        fix = """
                Rewrite the object for the version the message names. Most moves only change `apiVersion`; \
                some change fields too (Ingress v1 uses `service.name`/`service.port` and requires \
                `pathType`). Converters do it for you:
                ```sh
                kubectl convert -f ingress.yaml --output-version networking.k8s.io/v1   # kubectl-convert plugin
                cmctl convert -f certificate.yaml                                       # cert-manager objects
                ```""",
        references = {
            "https://kubernetes.io/docs/reference/using-api/deprecation-guide/",
            "https://cert-manager.io/docs/releases/upgrading/remove-deprecated-apis/",
            "https://doc.traefik.io/traefik/migration/v2-to-v3-details/"
        },
        equivalents = {"kube-score:stable-version", "kube-linter:no-extensions-v1beta"})
public final class ApiVersionRemoved implements ResourceRule {

    @Override
    public Set<String> kinds() {
        return ANY_KIND;
    }

    @Override
    public void check(Resource resource, Findings findings) {
        // From a typed Terraform resource the API version comes with the provider's resource type:
        // kubernetes-resource-deprecated names the _v1 type to switch to, the change the operator can make.
        // A kubernetes_manifest writes its apiVersion itself, and is checked here like YAML.
        if (resource.origin().loader().equals(Origin.TERRAFORM)) {
            return;
        }
        RemovedApis.find(resource.apiVersion(), resource.kind()).ifPresent(removed ->
                findings.report(resource, resource.body().get("apiVersion"), resource.id() + " uses "
                        + resource.apiVersion() + ", " + removed.describe()));
    }
}
