package dev.plumb.rules.networking;

import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.ResourceRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.Set;

@RuleInfo(
        id = "ingress-backend-fields-obsolete",
        title = "Ingress v1 uses v1beta1 backend fields",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "`networking.k8s.io/v1` renamed the backend fields: `serviceName` and `servicePort` became "
                + "`service.name` and `service.port`, and `spec.backend` became `spec.defaultBackend`. An Ingress "
                + "that says v1 but keeps the old names is read without them: the API server drops unknown "
                + "fields, so the backend names no Service and the object is rejected, or, with the new fields "
                + "next to the old ones, the old ones are silently ignored. It usually follows an `apiVersion` "
                + "bump made without rewriting the body.",
        fix = """
                Write the backend in the v1 shape:
                ```yaml
                backend:
                  service:
                    name: grafana
                    port:
                      number: 80   # or name: http
                ```""",
        references = {
            "https://kubernetes.io/docs/reference/using-api/deprecation-guide/#ingress-v122",
            "https://kubernetes.io/docs/concepts/services-networking/ingress/#the-ingress-resource"
        })
public final class IngressBackendFieldsObsolete implements ResourceRule {

    // Only the v1 API: extensions/v1beta1 and networking.k8s.io/v1beta1 still use these names, and their
    // removal is the apis theme's finding.
    private static final String V1 = "networking.k8s.io/v1";
    private static final String[] OLD_FIELDS = {"serviceName", "servicePort"};

    @Override
    public Set<String> kinds() {
        return Set.of("Ingress");
    }

    @Override
    public void check(Resource ingress, Findings findings) {
        if (!V1.equals(ingress.apiVersion())) {
            return;
        }
        Node oldDefault = ingress.spec().get("backend");
        if (oldDefault.isMap()) {
            // One finding for the whole old default backend: renaming it and rewriting its fields is one fix.
            findings.report(ingress, oldDefault, ingress.id() + " sets spec.backend, a v1beta1 field that "
                    + "networking.k8s.io/v1 calls spec.defaultBackend: it is dropped");
        }
        backend(ingress, ingress.spec().get("defaultBackend"), findings);
        for (Node rule : ingress.spec().get("rules").elements()) {
            for (Node path : rule.path("http", "paths").elements()) {
                backend(ingress, path.get("backend"), findings);
            }
        }
    }

    /** One finding per backend, at its first old field: the fix rewrites the backend as a whole. */
    private static void backend(Resource ingress, Node backend, Findings findings) {
        for (String field : OLD_FIELDS) {
            Node value = backend.get(field);
            if (!value.isMissing()) {
                findings.report(ingress, value, ingress.id() + " names its backend with " + field + " ("
                        + value.textOr("?") + "), a v1beta1 field networking.k8s.io/v1 does not know: it is dropped,"
                        + " so the backend routes to no Service; use service.name and service.port");
                return;
            }
        }
    }
}
