package dev.plumb.load.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.Node;
import org.junit.jupiter.api.Test;

/** Builds fixture overlays and compares them with kustomize's own output, and checks where built values point. */
class OverlayBuilderTest {

    @Test
    void prodOverlayBuildsAsKustomizeDoes() throws Exception {
        KustomizeGolden golden = new KustomizeGolden();
        OverlayBuilder.Build build = golden.build("shop", "overlays/prod/kustomization.yaml");
        assertThat(KustomizeGolden.actual(build)).isEqualTo(KustomizeGolden.expected("shop", "expected-prod.yaml"));
    }
}
