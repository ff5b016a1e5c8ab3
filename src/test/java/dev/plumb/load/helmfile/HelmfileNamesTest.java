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
}
