package dev.plumb.discover;

import dev.plumb.model.SourceKind;
import static dev.plumb.discover.Trees.discover;
import static dev.plumb.discover.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationTest {

    @TempDir Path repo;

    private Map<String, SourceKind> kinds() {
        return discover(repo).files().stream().collect(Collectors.toMap(SourceFile::path, SourceFile::kind));
    }

    @Test
    void yamlAndJsonByExtensionWhateverTheCase() {
        write(repo, "a.yaml", "x: 1\n");
        write(repo, "b.YML", "x: 1\n");
        write(repo, "c.json", "{}\n");
        write(repo, "main.tf", "locals {}\n");
        write(repo, "README", "docs\n");

        assertThat(kinds())
                .containsOnly(
                        entry("a.yaml", SourceKind.YAML),
                        entry("b.YML", SourceKind.YAML),
                        entry("c.json", SourceKind.YAML),
                        entry("main.tf", SourceKind.TERRAFORM),
                        entry("README", SourceKind.TEXT));
    }

    @Test
    void openTofuFilesAreTerraformAndTheirTestsAreText() {
        write(repo, "stack/main.tofu", "locals {}\n");
        write(repo, "stack/main.tftest.hcl", "run \"plan\" {}\n");
        write(repo, "stack/main.tofutest.hcl", "run \"plan\" {}\n");

        assertThat(kinds()).containsOnly(
                entry("stack/main.tofu", SourceKind.TERRAFORM),
                entry("stack/main.tftest.hcl", SourceKind.TEXT),
                entry("stack/main.tofutest.hcl", SourceKind.TEXT));
    }

    @Test
    void helmChartFilesAndTemplates() {
        write(repo, "charts/web/Chart.yaml", "name: web\n");
        write(repo, "charts/web/values.yaml", "replicas: 1\n");
        write(repo, "charts/web/values-prod.yaml", "replicas: 3\n");
        write(repo, "charts/web/.helmignore", "*.md\n");
        write(repo, "charts/web/templates/deployment.yaml", "replicas: {{ .Values.replicas }}\n");
        write(repo, "charts/web/templates/_helpers.tpl", "{{- define \"x\" -}}{{- end -}}\n");
        write(repo, "charts/web/templates/tests/test-connection.yaml", "kind: Pod\n");
        write(repo, "charts/web/crds/crontab.yaml", "kind: CustomResourceDefinition\n");
        write(repo, "charts/web/crds/README.md", "about the CRDs\n");

        assertThat(kinds())
                .containsOnly(
                        entry("charts/web/Chart.yaml", SourceKind.HELM_CHART_FILE),
                        entry("charts/web/values.yaml", SourceKind.HELM_CHART_FILE),
                        entry("charts/web/values-prod.yaml", SourceKind.HELM_CHART_FILE),
                        entry("charts/web/.helmignore", SourceKind.HELM_CHART_FILE),
                        entry("charts/web/templates/deployment.yaml", SourceKind.HELM_TEMPLATE),
                        entry("charts/web/templates/_helpers.tpl", SourceKind.HELM_TEMPLATE),
                        entry("charts/web/templates/tests/test-connection.yaml", SourceKind.HELM_TEMPLATE),
                        entry("charts/web/crds/crontab.yaml", SourceKind.YAML),
                        entry("charts/web/crds/README.md", SourceKind.HELM_CHART_FILE));
    }

    @Test
    void aTemplatesDirectoryOutsideAChartIsPlainYaml() {
        write(repo, "templates/deployment.yaml", "kind: Deployment\n");

        assertThat(kinds()).containsOnly(entry("templates/deployment.yaml", SourceKind.YAML));
    }

    @Test
    void aTemplateNamedOnItsOwnIsStillATemplate() {
        write(repo, "charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n");
        write(repo, "charts/web/templates/deployment.yaml", "kind: Deployment\n");

        DiscoveryResult result = discover(repo.resolve("charts/web/templates/deployment.yaml"));

        assertThat(result.files()).singleElement()
                .satisfies(file -> assertThat(file.kind()).isEqualTo(SourceKind.HELM_TEMPLATE));
    }

    @Test
    void aSubchartsTemplatesBelongToTheSubchart() {
        write(repo, "Chart.yaml", "name: umbrella\n");
        write(repo, "charts/db/Chart.yaml", "name: db\n");
        write(repo, "charts/db/templates/sts.yaml", "kind: StatefulSet\n");
        write(repo, "charts/db/values.yaml", "x: 1\n");

        assertThat(kinds())
                .containsOnly(
                        entry("Chart.yaml", SourceKind.HELM_CHART_FILE),
                        entry("charts/db/Chart.yaml", SourceKind.HELM_CHART_FILE),
                        entry("charts/db/templates/sts.yaml", SourceKind.HELM_TEMPLATE),
                        entry("charts/db/values.yaml", SourceKind.HELM_CHART_FILE));
    }

    @Test
    void kustomizationsByTheirThreeNames() {
        write(repo, "a/kustomization.yaml", "resources: []\n");
        write(repo, "b/kustomization.yml", "resources: []\n");
        write(repo, "c/Kustomization", "resources: []\n");

        assertThat(kinds())
                .containsOnly(
                        entry("a/kustomization.yaml", SourceKind.KUSTOMIZATION),
                        entry("b/kustomization.yml", SourceKind.KUSTOMIZATION),
                        entry("c/Kustomization", SourceKind.KUSTOMIZATION));
    }

    @Test
    void filesAKustomizationPatchesWithAreKustomizePatches() {
        write(
                repo,
                "overlays/prod/kustomization.yaml",
                """
        resources:
          - ../../base
        patchesStrategicMerge:
          - replicas.yaml
          - |-
            apiVersion: v1
            kind: ConfigMap
        patches:
          - path: patches/resources.yaml
            target: {kind: Deployment}
          - ./labels.yaml
          - patch: |-
              - op: add
        patchesJson6902:
          - target: {kind: Service, name: web}
            path: ../shared/port.json
        """);
        write(repo, "overlays/prod/replicas.yaml", "kind: Deployment\n");
        write(repo, "overlays/prod/patches/resources.yaml", "kind: Deployment\n");
        write(repo, "overlays/prod/labels.yaml", "kind: Deployment\n");
        write(repo, "overlays/shared/port.json", "[]\n");
        write(repo, "overlays/prod/namespace.yaml", "kind: Namespace\n");
        write(repo, "base/deployment.yaml", "kind: Deployment\n");

        assertThat(kinds())
                .containsOnly(
                        entry("overlays/prod/kustomization.yaml", SourceKind.KUSTOMIZATION),
                        entry("overlays/prod/replicas.yaml", SourceKind.KUSTOMIZE_PATCH),
                        entry("overlays/prod/patches/resources.yaml", SourceKind.KUSTOMIZE_PATCH),
                        entry("overlays/prod/labels.yaml", SourceKind.KUSTOMIZE_PATCH),
                        entry("overlays/shared/port.json", SourceKind.KUSTOMIZE_PATCH),
                        entry("overlays/prod/namespace.yaml", SourceKind.YAML),
                        entry("base/deployment.yaml", SourceKind.YAML));
    }

    @Test
    void aKustomizationThatDoesNotParseStillLeavesEveryFileRead() {
        write(repo, "kustomization.yaml", "patchesStrategicMerge: [a.yaml\n  : : :\n");
        write(repo, "a.yaml", "kind: Deployment\n");

        assertThat(kinds())
                .containsOnly(entry("kustomization.yaml", SourceKind.KUSTOMIZATION), entry("a.yaml", SourceKind.YAML));
    }
}
