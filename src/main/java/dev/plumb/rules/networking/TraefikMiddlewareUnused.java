package dev.plumb.rules.networking;

import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.networking.Traefik.MiddlewareRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "traefik-middleware-unused",
        title = "Traefik middleware is referenced by nothing",
        category = Category.TECH_DEBT,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "A Middleware no route uses does nothing, but it reads as if it did: an operator who sees a "
                + "`basic-auth` or `ip-allowlist` Middleware in the repository assumes some route is protected "
                + "by it. Usually a route was renamed or the reference was lost in a refactor. References from "
                + "IngressRoutes, Gateway API HTTPRoutes, Ingress annotations, Middleware chains and any "
                + "`<namespace>-<name>@kubernetescrd` mention in the repository (entry point middlewares in "
                + "Traefik's values or arguments) count as uses.",
        fix = """
                Attach the Middleware where it was meant to apply, or delete it. On an IngressRoute:
                ```yaml
                routes:
                  - match: Host(`grafana.example.com`)
                    middlewares:
                      - name: basic-auth
                        namespace: traefik
                ```""",
        references = {
            "https://doc.traefik.io/traefik/middlewares/overview/",
            "https://doc.traefik.io/traefik/routing/providers/kubernetes-crd/#kind-middleware"
        })
public final class TraefikMiddlewareUnused implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        List<Resource> middlewares = Traefik.ofKind(platform, "Middleware");
        if (middlewares.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        Set<String> usedQualified = new HashSet<>();
        for (MiddlewareRef ref : Traefik.middlewareRefs(platform)) {
            if (ref.isQualified()) {
                usedQualified.add(ref.qualified());
            } else {
                used.add(ref.namespace() + "/" + ref.name());
            }
        }
        usedQualified.addAll(mentions(platform));
        for (Resource middleware : middlewares) {
            // A name or namespace computed at apply time (a Terraform variable) cannot be looked up.
            if (!middleware.namespaceKnown() || middleware.name().isEmpty()
                    || used.contains(middleware.namespace() + "/" + middleware.name())
                    || usedQualified.contains(Traefik.qualifiedName(middleware))) {
                continue;
            }
            findings.report(middleware, middleware.metadata().get("name"), middleware.id()
                    + " is used by no IngressRoute, Ingress annotation or Middleware chain, and "
                    + Traefik.qualifiedName(middleware) + Traefik.CRD_PROVIDER + " appears nowhere in the repository");
        }
    }

    /**
     * Entry point middlewares live in Traefik's static configuration (Helm values, container
     * arguments, a traefik.yml), which plumb reads only as text. Comments do not count. Found by
     * the provider suffix and read backwards: a regex anchored at every letter costs too much on
     * large repositories.
     */
    private static Set<String> mentions(Platform platform) {
        Set<String> mentioned = new HashSet<>();
        for (TextFile file : platform.textFiles()) {
            String text = file.text();
            for (int at = text.indexOf(Traefik.CRD_PROVIDER); at >= 0; at = text.indexOf(Traefik.CRD_PROVIDER, at + 1)) {
                int start = at;
                while (start > 0 && isNameChar(text.charAt(start - 1))) {
                    start--;
                }
                if (start < at && !inComment(text, start)) {
                    mentioned.add(text.substring(start, at));
                }
            }
        }
        return mentioned;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_';
    }

    /** A '#' opening the line or following a space before the mention starts a comment. */
    private static boolean inComment(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        String before = text.substring(lineStart, at);
        return before.stripLeading().startsWith("#") || before.contains(" #");
    }
}
