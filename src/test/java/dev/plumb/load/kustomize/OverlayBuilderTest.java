package dev.plumb.load.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.Node;
import dev.plumb.model.Position;
import org.junit.jupiter.api.Test;

/** Builds fixture overlays and compares them with kustomize's own output, and checks where built values point. */
class OverlayBuilderTest {

    private static final String PROD = "overlays/prod/kustomization.yaml";

    @Test
    void prodOverlayBuildsAsKustomizeDoes() throws Exception {
        KustomizeGolden golden = new KustomizeGolden();
        OverlayBuilder.Build build = golden.build("shop", PROD);
        assertThat(KustomizeGolden.actual(build)).isEqualTo(KustomizeGolden.expected("shop", "expected-prod.yaml"));
        assertThat(build.sources()).containsExactlyInAnyOrder("base/deployment.yaml", "base/service.yaml", "base/rbac.yaml",
                "components/metrics/servicemonitor.yaml");
        assertThat(build.patches()).containsExactlyInAnyOrder("overlays/prod/patch-image.yaml",
                "overlays/prod/patch-resources.json", "overlays/prod/patch-env.yaml", "overlays/prod/patch-service.yaml");
        assertThat(golden.notBuilt).isEmpty();
    }

    @Test
    void stagingOverlayBuildsAsKustomizeDoes() throws Exception {
        KustomizeGolden golden = new KustomizeGolden();
        OverlayBuilder.Build build = golden.build("platform", "staging/kustomization.yaml");
        assertThat(KustomizeGolden.actual(build)).isEqualTo(KustomizeGolden.expected("platform", "expected-staging.yaml"));
    }

    @Test
    void namespacesCustomResourceDefinitionsAndForeignSubjectsAsKustomizeTreatsThem() throws Exception {
        KustomizeGolden golden = new KustomizeGolden();
        OverlayBuilder.Build build = golden.build("edges", "kustomization.yaml");
        assertThat(KustomizeGolden.actual(build)).isEqualTo(KustomizeGolden.expected("edges", "expected.yaml"));
    }

    @Test
    void replacedGeneratorsDeletedObjectsAndRemovedFieldsAsKustomizeBuildsThem() throws Exception {
        KustomizeGolden golden = new KustomizeGolden();
        OverlayBuilder.Build build = golden.build("behaviors", "overlay/kustomization.yaml");
        assertThat(KustomizeGolden.actual(build)).isEqualTo(KustomizeGolden.expected("behaviors", "expected.yaml"));
    }

    @Test
    void builtValuesPointAtTheLineThatSetThem() {
        OverlayBuilder.Build build = new KustomizeGolden().build("shop", PROD);
        BuiltObject web = KustomizeGolden.object(build, "Deployment/shop-prod/prod-web-v2");
        Node spec = web.body.path("spec", "template", "spec");

        // a container a patch adds sits on the patch's lines; an image the kustomization retags, on its newTag line
        assertThat(spec.get("containers").get(1).get("image").position())
                .isEqualTo(new Position("overlays/prod/patch-image.yaml", 15, 18));
        assertThat(at(spec.get("containers").get(0).get("image"))).isEqualTo(PROD + ":20");
        assertThat(at(spec.get("containers").get(0).get("env").get(0).get("value"))).isEqualTo("overlays/prod/patch-env.yaml:12");
        // untouched values keep the base's lines; what the kustomization adds points at its field
        assertThat(at(spec.get("containers").get(0).get("envFrom"))).startsWith("base/deployment.yaml:");
        assertThat(at(web.body.path("metadata", "namespace"))).isEqualTo(PROD + ":3");
        assertThat(at(web.body.path("metadata", "labels", "team"))).isEqualTo(PROD + ":11");
        assertThat(at(web.body.path("spec", "replicas"))).isEqualTo(PROD + ":26");
        assertThat(web.origin.file() + ":" + web.origin.line()).isEqualTo("base/deployment.yaml:1");

        BuiltObject cleanup = KustomizeGolden.object(build, "CronJob/shop-prod/prod-cleanup-v2");
        assertThat(cleanup.origin.file() + ":" + cleanup.origin.line()).isEqualTo("base/deployment.yaml:48");
        // an inline JSON 6902 patch is read where it is written in the kustomization
        assertThat(at(cleanup.body.path("spec", "schedule"))).isEqualTo(PROD + ":64");

        BuiltObject files = KustomizeGolden.object(build, "ConfigMap/shop-prod/prod-web-files-v2");
        assertThat(files.origin.file() + ":" + files.origin.line()).isEqualTo(PROD + ":32");
    }

    private static String at(Node node) {
        return node.file() + ":" + node.line();
    }
}
