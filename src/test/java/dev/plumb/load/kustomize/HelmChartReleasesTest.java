package dev.plumb.load.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.HelmRelease;
import dev.plumb.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** helmCharts entries are not rendered here: they become releases for the Helm loader, and the overlay stays partial. */
class HelmChartReleasesTest {

    @Test
    void eachChartIsAReleaseWithItsChartHomeValuesAndNamespace() {
        KustomizeGolden golden = new KustomizeGolden();
        OverlayBuilder.Build build = golden.build("charts-app", "kustomization.yaml");

        assertThat(build.objects()).extracting(BuiltObject::name).containsExactly("frontend-extra");
        assertThat(golden.notBuilt.get("kustomization.yaml")).containsExactly("kustomize field not built: helmCharts");
        List<HelmRelease> releases = golden.releases;
        assertThat(releases).extracting(HelmRelease::name, HelmRelease::namespace, HelmRelease::chart, HelmRelease::chartPath,
                        HelmRelease::version, HelmRelease::deployer, HelmRelease::installed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("frontend", "apps", "podinfo", "charts/podinfo-6.5.0/podinfo",
                                "6.5.0", HelmRelease.KUSTOMIZE, true),
                        // kustomize reads YAML 1.1: a plain y is a boolean
                        org.assertj.core.groups.Tuple.tuple("true", "cache", "redis", "charts/redis", null,
                                HelmRelease.KUSTOMIZE, true),
                        org.assertj.core.groups.Tuple.tuple("metrics", "apps", "metrics", null, "1.0.0",
                                HelmRelease.KUSTOMIZE, true));
        HelmRelease frontend = releases.get(0);
        assertThat(frontend.repository()).isEqualTo("https://stefanprodan.github.io/podinfo");
        assertThat(frontend.position()).isEqualTo(new Position("kustomization.yaml", 3, 5));
        assertThat(frontend.values()).containsExactly(
                new HelmRelease.Values(new Position("values.yaml", 1, 1), "image:\n  tag: 6.5.0\n"),
                new HelmRelease.Values(new Position("kustomization.yaml", 8, 5),
                        "replicaCount: 2\nui:\n  color: \"#34577c\"\n"));
    }
}
