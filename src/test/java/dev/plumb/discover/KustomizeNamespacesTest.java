package dev.plumb.discover;

import static dev.plumb.discover.Trees.discover;
import static dev.plumb.discover.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeNamespacesTest {

    @TempDir Path repo;

    @Test
    void filesTakeTheNamespaceOfTheKustomizationThatListsThem() {
        write(repo, "apps/litellm/kustomization.yaml", "namespace: litellm\nresources:\n  - deployment.yaml\n  - ./svc.yaml\n");
        write(repo, "apps/litellm/deployment.yaml", "kind: Deployment\n");
        write(repo, "apps/litellm/svc.yaml", "kind: Service\n");
        write(repo, "apps/litellm/unlisted.yaml", "kind: ConfigMap\n");

        assertThat(discover(repo).kustomizeNamespaces()).containsOnly(
                entry("apps/litellm/deployment.yaml", "litellm"), entry("apps/litellm/svc.yaml", "litellm"));
    }

    @Test
    void theOutermostNamespaceWinsThroughBases() {
        write(repo, "base/kustomization.yaml", "namespace: base-ns\nresources: [app.yaml]\n");
        write(repo, "base/app.yaml", "kind: Deployment\n");
        write(repo, "prod/kustomization.yaml", "namespace: prod\nresources: [../base, extra.yaml]\n");
        write(repo, "prod/extra.yaml", "kind: ConfigMap\n");

        assertThat(discover(repo).kustomizeNamespaces()).containsOnly(
                entry("base/app.yaml", "prod"), entry("prod/extra.yaml", "prod"));
    }

    @Test
    void aBaseBuiltIntoTwoNamespacesKeepsItsOwn() {
        write(repo, "base/kustomization.yaml", "resources: [app.yaml]\n");
        write(repo, "base/app.yaml", "kind: Deployment\n");
        write(repo, "staging/kustomization.yaml", "namespace: staging\nresources: [../base]\n");
        write(repo, "prod/kustomization.yaml", "namespace: prod\nresources: [../base]\n");

        assertThat(discover(repo).kustomizeNamespaces()).isEmpty();
    }

    @Test
    void cyclesRemoteResourcesAndVariablesAreHarmless() {
        write(repo, "a/kustomization.yaml", "namespace: a\nresources: [../b, https://example.org/x.yaml, app.yaml]\n");
        write(repo, "b/kustomization.yaml", "namespace: ${NS}\nresources: [../a]\n");
        write(repo, "a/app.yaml", "kind: Deployment\n");

        assertThat(discover(repo).kustomizeNamespaces()).isEmpty();
    }
}
