package dev.plumb.rules.capabilities;

import dev.plumb.model.Platform;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RepositoryRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;

@RuleInfo(
        id = "tls-automation-missing",
        title = "No automated TLS certificates",
        category = Category.MISSING_CAPABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "Certificates copied into Secrets by hand expire on a date nobody watches: Let's Encrypt "
                + "certificates last 90 days, and when one lapses browsers and API clients refuse the site "
                + "outright. Manual renewal also means private keys passing through laptops and chat.",
        fix = """
                Let cert-manager request and renew certificates, and reference the issuer from each Ingress:
                ```yaml
                apiVersion: cert-manager.io/v1
                kind: ClusterIssuer
                metadata:
                  name: letsencrypt
                spec:
                  acme:
                    server: https://acme-v02.api.letsencrypt.org/directory
                    privateKeySecretRef: {name: letsencrypt-account}
                    solvers:
                      - http01: {ingress: {ingressClassName: traefik}}
                ```
                Then annotate Ingresses with `cert-manager.io/cluster-issuer: letsencrypt`. Traefik's own \
                ACME resolver (`certResolver` on IngressRoutes) or Caddy work too. If certificates are \
                automated outside the repository, declare it: `capabilities: {tls-automation: "Cloudflare proxy"}`.""",
        references = {
            "https://cert-manager.io/docs/",
            "https://cert-manager.io/docs/usage/ingress/",
            "https://doc.traefik.io/traefik/https/acme/"
        })
public final class TlsAutomationMissing implements RepositoryRule {

    static final String CAPABILITY = "tls-automation";
    static final String SEARCHED = "cert-manager (Certificate, Issuer or ClusterIssuer objects, cert-manager.io "
            + "annotations, its image, chart or namespace), Traefik ACME (certResolver, --certificatesresolvers), "
            + "kubernetes.io/tls-acme, Caddy, Cloudflare Tunnel, Tailscale ingress, acme.sh, lego and certbot";

    static final Signals SIGNALS = new Signals()
            .groups("cert-manager.io")
            .when("IngressRoute", "uses a Traefik certResolver",
                    route -> !route.spec().path("tls", "certResolver").textOr("").isBlank())
            .when("Ingress", "is served by Tailscale, which provisions certificates",
                    ingress -> "tailscale".equals(ingress.spec().get("ingressClassName").text()))
            .annotations("cert-manager.io/", "kubernetes.io/tls-acme", "traefik.ingress.kubernetes.io/router.tls.certresolver")
            .images("cert-manager-controller", "caddy", "caddy-ingress-controller", "cloudflared", "acme.sh",
                    "goacme/lego", "certbot/certbot", "certbot/dns-cloudflare")
            .charts("cert-manager", "caddy-ingress-controller", "cloudflare-tunnel", "cloudflared")
            .namespaces("cert-manager")
            .commands("--certificatesresolvers", "--certificatesResolvers")
            .mentions("certificatesResolvers", "certificatesresolvers", "certResolver", "certresolver");

    private final RuleSettings settings;

    public TlsAutomationMissing(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(Platform platform, Findings findings) {
        if (settings.declared(CAPABILITY) != null) {
            return;
        }
        Needs.firstEndpoint(platform).ifPresent(endpoint -> {
            if (!Evidence.present(platform, SIGNALS)) {
                Gaps.report(platform, findings, settings, CAPABILITY, endpoint, endpoint.what() + " is published",
                        "no certificate automation was found", SEARCHED);
            }
        });
    }
}
