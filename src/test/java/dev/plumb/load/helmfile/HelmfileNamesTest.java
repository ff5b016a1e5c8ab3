package dev.plumb.load.helmfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an unread helmfile may install lands in its releases' namespaces, when every release names one. */
class HelmfileNamesTest {

    @Test
    void everyReleaseNamingItsNamespaceBoundsWhereObjectsLand() {
        assertThat(HelmfileNames.writtenNamespaces("""
                releases:
                  - name: cilium
                    namespace: kube-system
                    chart: cilium/cilium
                  - name: flux
                    namespace: flux-system
                    chart: oci://ghcr.io/fluxcd/flux
                """)).containsExactlyInAnyOrder("kube-system", "flux-system");
    }

    @Test
    void aReleaseWithoutOrWithATemplatedNamespaceCouldInstallAnywhere() {
        assertThat(HelmfileNames.writtenNamespaces("""
                releases:
                  - name: cilium
                    namespace: kube-system
                    chart: cilium/cilium
                  - name: whoami
                    chart: traefik/whoami
                """)).isEmpty();
        assertThat(HelmfileNames.writtenNamespaces("""
                releases:
                  - name: app
                    namespace: {{ .Environment.Name }}
                    chart: ./charts/app
                """)).isEmpty();
    }

    @Test
    void helmfilesAreTheirNamesTheFilesOfHelmfileDAndFilesOfReleases() {
        assertThat(HelmfileNames.isHelmfile("helmfile.yaml", "")).isTrue();
        assertThat(HelmfileNames.isHelmfile("deploy/helmfile.yaml.gotmpl", "")).isTrue();
        assertThat(HelmfileNames.isHelmfile("helmfile.d/00-crds.yaml", "")).isTrue();
        assertThat(HelmfileNames.isHelmfile("helmfile.d/10-apps.yaml.gotmpl", "")).isTrue();
        assertThat(HelmfileNames.isHelmfile("bootstrap/helmfile/apps.yaml", "bases: [x.yaml]\nreleases:\n  - name: a\n")).isTrue();
        assertThat(HelmfileNames.isHelmfile("bootstrap/helmfile/default.yaml", "templates:\n  default: {}\n")).isFalse();
        assertThat(HelmfileNames.isHelmfile("values/grafana.yaml.gotmpl", "adminUser: {{ .Values.user }}\n")).isFalse();
    }
}
