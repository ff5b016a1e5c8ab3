package dev.plumb.rules.networking;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
        id = "ingress-tls-missing",
        title = "Ingress serves a host without TLS",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        rationale = "A host that no `spec.tls` entry lists is served over plain HTTP: logins, session cookies "
                + "and API tokens cross the network readable by anyone on the path, including the home Wi-Fi. "
                + "A cert-manager annotation alone does not change that, because cert-manager only issues "
                + "certificates for the hosts listed under `spec.tls`. Traefik routes count as TLS when their "
                + "router has TLS (`router.tls`, a cert resolver, `tls:` on an IngressRoute, or only the "
                + "`websecure` entry point, which Traefik's Helm chart and k3s configure with TLS), and as "
                + "redirected when a redirect middleware or an entry point redirection sends HTTP to HTTPS.",
        fix = """
                List every host under `spec.tls` with the Secret holding its certificate (cert-manager fills \
                it when the Ingress carries its issuer annotation):
                ```yaml
                spec:
                  tls:
                    - hosts: [grafana.example.com]
                      secretName: grafana-tls
                ```
                For a Traefik IngressRoute, add `tls: {certResolver: <resolver>}` or `tls: {secretName: …}` \
                and use the `websecure` entry point.""",
        references = {
            "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls",
            "https://cert-manager.io/docs/usage/ingress/",
            "https://doc.traefik.io/traefik/routing/providers/kubernetes-crd/#kind-ingressroute"
        },
        equivalents = {"polaris:tlsSettingsMissing"})
public final class IngressTlsMissing implements PlatformRule {

    private static final String TRAEFIK_ANNOTATIONS = "traefik.ingress.kubernetes.io/";
    /** The entry point Traefik's Helm chart (and so k3s) sets up with TLS: routers on it get TLS. */
    private static final String TLS_ENTRY_POINT = "websecure";
    private static final String PLAIN_ENTRY_POINT = "web";
    /** Traefik's entry point redirection in CLI arguments, Helm values or a static configuration file. */
    private static final Pattern ENTRY_POINT_REDIRECT = Pattern.compile(
            "(?i)entrypoints\\.web\\.http\\.redirections\\.entrypoint\\.to|^\\s*redirectTo\\s*:|^\\s*redirections\\s*:");
    private static final Pattern HOST_MATCHER = Pattern.compile("Host\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("[`\"]([^`\"]+)[`\"]");

    @Override
    public void check(Platform platform, Findings findings) {
        boolean webRedirected = webEntryPointRedirected(platform);
        Traefik.Middlewares middlewares = new Traefik.Middlewares(platform);
        Map<Resource, List<Traefik.MiddlewareRef>> refsByObject = new LinkedHashMap<>();
        for (Traefik.MiddlewareRef ref : Traefik.middlewareRefs(platform)) {
            refsByObject.computeIfAbsent(ref.from(), from -> new ArrayList<>()).add(ref);
        }
        Redirects redirects = new Redirects(middlewares);
        for (Resource ingress : platform.ofKind("Ingress")) {
            checkIngress(ingress, webRedirected, redirects, refsByObject.getOrDefault(ingress, List.of()), findings);
        }
        for (Resource route : Traefik.ofKind(platform, "IngressRoute")) {
            checkRoute(route, webRedirected, redirects, findings);
        }
    }

    private static void checkIngress(Resource ingress, boolean webRedirected, Redirects redirects,
                                     List<Traefik.MiddlewareRef> refs, Findings findings) {
        List<Node> tls = ingress.spec().get("tls").elements();
        // A tls entry without hosts applies the certificate to every host of the Ingress.
        if (tls.stream().anyMatch(entry -> entry.get("hosts").elements().isEmpty())
                || hasTraefikTls(ingress) || isRedirected(ingress, webRedirected, redirects, refs)) {
            return;
        }
        List<String> tlsHosts = new ArrayList<>();
        tls.forEach(entry -> entry.get("hosts").elements().forEach(host -> host.optText().ifPresent(tlsHosts::add)));
        String note = ingress.annotations().keySet().stream().anyMatch(key -> key.startsWith("cert-manager.io/"))
                ? " (its cert-manager.io annotation only issues certificates for hosts listed under spec.tls)" : "";
        Map<String, Node> hosts = new LinkedHashMap<>();
        for (Node rule : ingress.spec().get("rules").elements()) {
            Node host = rule.get("host");
            host.optText().ifPresent(text -> hosts.putIfAbsent(text.toLowerCase(Locale.ROOT), host));
        }
        if (hosts.isEmpty() && tls.isEmpty()) {
            findings.report(ingress, ingress.metadata().get("name"), ingress.id()
                    + " has no spec.tls: it serves every host over plain HTTP" + note);
            return;
        }
        hosts.forEach((host, node) -> {
            if (tlsHosts.stream().noneMatch(pattern -> covers(pattern, host))) {
                findings.report(ingress, node, ingress.id() + " serves " + host + " over plain HTTP: "
                        + (tls.isEmpty() ? "it has no spec.tls" : "no spec.tls entry lists it") + note);
            }
        });
    }

    private static boolean hasTraefikTls(Resource ingress) {
        Map<String, String> annotations = ingress.annotations();
        if ("true".equalsIgnoreCase(annotations.getOrDefault(TRAEFIK_ANNOTATIONS + "router.tls", "").trim())
                || annotations.containsKey(TRAEFIK_ANNOTATIONS + "router.tls.certresolver")) {
            return true;
        }
        String entryPoints = annotations.get(TRAEFIK_ANNOTATIONS + "router.entrypoints");
        return entryPoints != null && !entryPoints.isBlank()
                && List.of(entryPoints.split(",")).stream().allMatch(entry -> entry.trim().equals(TLS_ENTRY_POINT));
    }

    /**
     * HTTP requests answered with a redirect to HTTPS never carry the application's traffic in clear.
     * ingress-nginx's plain ssl-redirect needs spec.tls to act, so only force-ssl-redirect counts.
     */
    private static boolean isRedirected(Resource ingress, boolean webRedirected, Redirects redirects,
                                        List<Traefik.MiddlewareRef> refs) {
        if ("true".equalsIgnoreCase(ingress.annotations().getOrDefault("nginx.ingress.kubernetes.io/force-ssl-redirect", "").trim())
                || refs.stream().anyMatch(redirects::isRedirect)
                || redirectsThroughOtherProvider(ingress)) {
            return true;
        }
        String ingressClass = ingress.spec().get("ingressClassName")
                .textOr(ingress.annotations().getOrDefault("kubernetes.io/ingress.class", ""));
        // The entry point redirection is Traefik's: it does nothing for an Ingress another controller serves.
        return webRedirected && (ingressClass.isEmpty() || ingressClass.toLowerCase(Locale.ROOT).contains("traefik"));
    }

    /** "redirect-https@file": a middleware of another provider, judged by its name. */
    private static boolean redirectsThroughOtherProvider(Resource ingress) {
        String value = ingress.annotations().getOrDefault(Traefik.MIDDLEWARES_ANNOTATION, "");
        return List.of(value.split(",")).stream().map(String::trim)
                .anyMatch(item -> !item.endsWith(Traefik.CRD_PROVIDER) && item.toLowerCase(Locale.ROOT).contains("redirect"));
    }

    private static void checkRoute(Resource route, boolean webRedirected, Redirects redirects, Findings findings) {
        // Any tls section, even "tls: {}", makes Traefik serve the route over HTTPS only.
        if (route.spec().get("tls").isMap() || webRedirected) {
            return;
        }
        List<Node> entryPoints = route.spec().get("entryPoints").elements();
        Node web = entryPoints.stream().filter(entry -> PLAIN_ENTRY_POINT.equals(entry.text())).findFirst().orElse(null);
        // Without entryPoints a route listens on every entry point, web included; on websecure alone the
        // entry point's own TLS applies.
        if (!entryPoints.isEmpty() && web == null) {
            return;
        }
        List<Node> rules = route.spec().get("routes").elements();
        if (!rules.isEmpty() && rules.stream().allMatch(rule -> redirects.anyRedirect(route, rule.get("middlewares")))) {
            return;
        }
        String hosts = hostsOf(rules);
        String where = web == null ? "on every entry point, web included," : "on entry point web";
        findings.report(route, web == null ? route.metadata().get("name") : web, route.id() + " serves "
                + (hosts.isEmpty() ? "its routes" : hosts) + " " + where + " without tls: plain HTTP");
    }

    private static String hostsOf(List<Node> rules) {
        List<String> hosts = new ArrayList<>();
        for (Node rule : rules) {
            Matcher matcher = HOST_MATCHER.matcher(rule.get("match").textOr(""));
            while (matcher.find()) {
                Matcher quoted = QUOTED.matcher(matcher.group(1));
                while (quoted.find()) {
                    if (!hosts.contains(quoted.group(1))) {
                        hosts.add(quoted.group(1));
                    }
                }
            }
        }
        return String.join(", ", hosts);
    }

    /** "*.example.com" covers one label in front of example.com, as certificates do. */
    private static boolean covers(String pattern, String host) {
        String wanted = pattern.toLowerCase(Locale.ROOT);
        if (wanted.equals(host)) {
            return true;
        }
        if (!wanted.startsWith("*.")) {
            return false;
        }
        int dot = host.indexOf('.');
        return dot > 0 && host.substring(dot).equals(wanted.substring(1));
    }

    private static boolean webEntryPointRedirected(Platform platform) {
        for (TextFile file : platform.textFiles()) {
            String text = file.text();
            if (!text.contains("edirect")) {
                continue;
            }
            for (String line : file.lines()) {
                if (!line.stripLeading().startsWith("#") && ENTRY_POINT_REDIRECT.matcher(line).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Which middlewares redirect HTTP to HTTPS: a redirectScheme to https, or a chain holding one. */
    private record Redirects(Traefik.Middlewares middlewares) {

        private static final Set<String> SECURE_SCHEMES = Set.of("https");

        boolean anyRedirect(Resource route, Node entries) {
            for (Node entry : entries.elements()) {
                String name = entry.get("name").text();
                if (name == null) {
                    continue;
                }
                Traefik.MiddlewareRef ref = name.endsWith(Traefik.CRD_PROVIDER)
                        ? new Traefik.MiddlewareRef(route, entry, null, null,
                                name.substring(0, name.length() - Traefik.CRD_PROVIDER.length()))
                        : new Traefik.MiddlewareRef(route, entry, entry.get("namespace").textOr(route.namespace()), name, null);
                if (isRedirect(ref, 0)) {
                    return true;
                }
            }
            return false;
        }

        boolean isRedirect(Traefik.MiddlewareRef ref) {
            return isRedirect(ref, 0);
        }

        private boolean isRedirect(Traefik.MiddlewareRef ref, int depth) {
            return middlewares.resolve(ref).map(middleware -> isRedirect(middleware, depth))
                    // Defined elsewhere (a chart, a file provider): trust a name that says what it does.
                    .orElseGet(() -> (ref.isQualified() ? ref.qualified() : ref.name()).toLowerCase(Locale.ROOT).contains("redirect"));
        }

        private boolean isRedirect(Resource middleware, int depth) {
            Node scheme = middleware.spec().path("redirectScheme", "scheme");
            if (SECURE_SCHEMES.contains(scheme.textOr(""))) {
                return true;
            }
            if (depth > 3) {
                return false;
            }
            for (Node entry : middleware.spec().path("chain", "middlewares").elements()) {
                String name = entry.get("name").text();
                if (name != null && isRedirect(new Traefik.MiddlewareRef(middleware, entry,
                        entry.get("namespace").textOr(middleware.namespace()), name, null), depth + 1)) {
                    return true;
                }
            }
            return false;
        }
    }
}
