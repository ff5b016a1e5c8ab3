package dev.plumb.rules.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** tls-automation-missing and secret-management-missing beyond their fixtures. */
class EdgeRulesTest {

    static final String INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
              namespace: shop
            spec:
              tls:
                - hosts: [shop.example.net]
                  secretName: shop-tls
            """;

    static final String SECRET = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: db
              namespace: shop
            stringData:
              password: literal-value-in-git
            """;

    @Test
    void tlsAutomationInItsUsualForms() {
        var annotation = Repo.with("ingress.yaml", INGRESS.replace("  namespace: shop\n",
                "  namespace: shop\n  annotations:\n    cert-manager.io/cluster-issuer: letsencrypt\n"));
        var issuer = Repo.with("ingress.yaml", INGRESS).and("issuer.yaml", """
                apiVersion: cert-manager.io/v1
                kind: ClusterIssuer
                metadata: {name: letsencrypt}
                """);
        var resolver = Repo.with("route.yaml", """
                apiVersion: traefik.io/v1alpha1
                kind: IngressRoute
                metadata: {name: web, namespace: shop}
                spec:
                  tls:
                    certResolver: letsencrypt
                """);
        var traefikArgs = Repo.with("ingress.yaml", INGRESS).and("traefik.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: traefik, namespace: traefik}
                spec:
                  template:
                    spec:
                      containers:
                        - name: traefik
                          image: traefik:v3.1.4
                          args:
                            - --entrypoints.websecure.address=:443
                            - --certificatesresolvers.le.acme.tlschallenge=true
                """);
        var k3sTraefik = Repo.with("ingress.yaml", INGRESS).and("traefik-config.yaml", """
                apiVersion: helm.cattle.io/v1
                kind: HelmChartConfig
                metadata: {name: traefik, namespace: kube-system}
                spec:
                  valuesContent: |-
                    certificatesResolvers:
                      le:
                        acme:
                          tlsChallenge: {}
                """);
        var tunnel = Repo.with("ingress.yaml", INGRESS).and("tunnel.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: cloudflared, namespace: tunnel}
                spec:
                  template:
                    spec:
                      containers:
                        - name: cloudflared
                          image: cloudflare/cloudflared:2024.9.1
                """);
        for (Repo repo : new Repo[] {annotation, issuer, resolver, traefikArgs, k3sTraefik, tunnel}) {
            assertThat(repo.run(TlsAutomationMissing::new)).isEmpty();
        }
    }

    @Test
    void tlsAutomationOnlyMattersForPublishedEndpoints() {
        assertThat(Repo.with("secret.yaml", SECRET).run(TlsAutomationMissing::new)).isEmpty();
        assertThat(Repo.with("ingress.yaml", INGRESS).run(TlsAutomationMissing::new)).hasSize(1);
        assertThat(Repo.with("ingress.yaml", INGRESS).declaring("tls-automation", "Cloudflare proxy")
                .run(TlsAutomationMissing::new)).isEmpty();
    }

    @Test
    void secretManagementInItsUsualForms() {
        var sopsConfig = Repo.with("secret.yaml", SECRET).and(".sops.yaml", "creation_rules:\n  - age: age1xyz\n");
        var encrypted = Repo.with("secret.yaml", SECRET).and("other.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: api, namespace: shop}
                stringData:
                  token: ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]
                sops:
                  age: []
                """);
        var sealed = Repo.with("secret.yaml", SECRET).and("sealed.yaml", """
                apiVersion: bitnami.com/v1alpha1
                kind: SealedSecret
                metadata: {name: api, namespace: shop}
                """);
        var gitCrypt = Repo.with("secret.yaml", SECRET).and(".gitattributes", "secrets/** filter=git-crypt diff=git-crypt\n");
        var fluxDecryption = Repo.with("secret.yaml", SECRET).and("flux.yaml", """
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata: {name: apps, namespace: flux-system}
                spec:
                  decryption:
                    provider: sops
                """);
        var externalSecrets = Repo.with("secret.yaml", SECRET).and("es.yaml", """
                apiVersion: external-secrets.io/v1beta1
                kind: ExternalSecret
                metadata: {name: db, namespace: shop}
                """);
        for (Repo repo : new Repo[] {sopsConfig, encrypted, sealed, gitCrypt, fluxDecryption, externalSecrets}) {
            assertThat(repo.run(SecretManagementMissing::new)).isEmpty();
        }
    }

    @Test
    void onlySecretsWithWrittenValuesCreateTheNeed() {
        var substituted = Repo.with("secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: db, namespace: shop}
                stringData:
                  password: ${DB_PASSWORD}
                  empty: ""
                """);
        assertThat(substituted.run(SecretManagementMissing::new)).isEmpty();
        assertThat(Repo.with("secret.yaml", SECRET).run(SecretManagementMissing::new)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).startsWith("Secret/shop/db is committed with its values")
                        .doesNotContain("literal-value-in-git"));
    }
}
