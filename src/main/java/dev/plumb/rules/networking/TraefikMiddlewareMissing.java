package dev.plumb.rules.networking;

import dev.plumb.model.HiddenObjects;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.networking.Traefik.MiddlewareRef;
import dev.plumb.rules.networking.Traefik.Middlewares;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
        id = "traefik-middleware-missing",
        title = "Traefik route refers to a missing middleware",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "Traefik refuses to build a router whose middleware does not exist: the route answers 404 "
                + "and the only trace is an error line in Traefik's log. When the missing middleware was an "
                + "authentication or IP allow-list step, fixing the name later can also surprise: the route "
                + "was never protected by what the manifest promises. Checked only in namespaces where the "
                + "repository defines Middlewares; references to other providers (`@file`, `@docker`) are "
                + "not checked.",
        fix = """
                Correct the reference or add the Middleware. An IngressRoute names it with `name` and, for \
                another namespace, `namespace`; an Ingress annotation uses `<namespace>-<name>@kubernetescrd`:
                ```yaml
                metadata:
                  annotations:
                    traefik.ingress.kubernetes.io/router.middlewares: traefik-basic-auth@kubernetescrd
                ```
                Cross-namespace references also need `providers.kubernetesCRD.allowCrossNamespace=true`.""",
        references = {
            "https://doc.traefik.io/traefik/routing/providers/kubernetes-crd/#kind-middleware",
            "https://doc.traefik.io/traefik/routing/providers/kubernetes-ingress/#annotations"
        })
public final class TraefikMiddlewareMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        Middlewares middlewares = new Middlewares(platform);
        if (middlewares.isEmpty()) {
            return;
        }
        Set<String> namespaces = null;
        HiddenObjects hidden = HiddenObjects.of(platform);
        for (MiddlewareRef ref : Traefik.middlewareRefs(platform)) {
            if (middlewares.resolve(ref).isPresent()) {
                continue;
            }
            // Signal that the repository is the source of truth: it defines Middlewares in the
            // referenced namespace. Elsewhere they may come from a chart's values, so: can't tell.
            if (ref.isQualified() && namespaces == null) {
                namespaces = platform.resources().stream().map(Resource::namespace).collect(Collectors.toSet());
            }
            Optional<String> namespace = ref.isQualified() ? middlewares.namespaceOf(ref.qualified(), namespaces)
                    : Optional.of(ref.namespace()).filter(middlewares::definesIn);
            // A Middleware may come from content plumb did not analyse: a chart it does not render, a skipped file.
            if (namespace.isEmpty() || hidden.mayHide("Middleware", namespace.get())) {
                continue;
            }
            String target = ref.isQualified()
                    ? ref.describe() + " (" + namespace.get() + "/" + ref.qualified().substring(namespace.get().length() + 1) + ")"
                    : ref.describe();
            findings.report(ref.from(), ref.at(), referrer(ref) + " Middleware " + target
                    + ", which the repository does not define (Middlewares in namespace " + namespace.get() + ": "
                    + middlewares.namesIn(namespace.get()) + ")");
        }
    }

    private static String referrer(MiddlewareRef ref) {
        return switch (ref.from().kind()) {
            case "Middleware" -> ref.from().id() + " chains";
            case "Ingress" -> ref.from().id() + "'s router.middlewares annotation refers to";
            default -> ref.from().id() + " uses";
        };
    }
}
