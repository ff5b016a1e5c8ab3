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

    @Test
    void ansibleFilesWhereverAnsibleLooksForThem() {
        write(repo, "site.yml", "---\n- name: harden hosts\n  hosts: nas\n  roles: [ssh]\n");
        write(repo, "run.yaml", "---\n  - hosts: all\n    become: true\n    roles: [docker]\n");
        write(repo, "roles/ssh/tasks/main.yml", "- name: key only\n  ansible.builtin.lineinfile: {path: /etc/ssh/sshd_config, line: x}\n");
        write(repo, "infra/roles/switches/sx6036/defaults/main.yml", "vlan: 10\n");
        write(repo, "group_vars/all.yml", "timezone: UTC\n");
        write(repo, "inventory-sample.yml", "k3s_cluster:\n  children:\n    server:\n      hosts:\n        192.0.2.1:\n");
        write(repo, "ansible/inventory.yaml", "switches:\n  hosts:\n    sw1:\n");
        write(repo, "ansible/templates/prometheus.yml.j2", "scrape_configs: []\n");
        write(repo, "ansible.cfg", "[defaults]\nroles_path = roles\n");
        write(repo, "k8s/ingress.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web}
                spec:
                  tls:
                    - hosts:
                        - web.example.org
                """);
        write(repo, "rbac/roles/admin/tasks.yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n");

        assertThat(kinds()).containsOnly(
                entry("site.yml", SourceKind.ANSIBLE),
                entry("run.yaml", SourceKind.ANSIBLE),
                entry("roles/ssh/tasks/main.yml", SourceKind.ANSIBLE),
                entry("infra/roles/switches/sx6036/defaults/main.yml", SourceKind.ANSIBLE),
                entry("group_vars/all.yml", SourceKind.ANSIBLE),
                entry("inventory-sample.yml", SourceKind.ANSIBLE),
                entry("ansible/inventory.yaml", SourceKind.ANSIBLE),
                entry("ansible/templates/prometheus.yml.j2", SourceKind.ANSIBLE),
                entry("ansible.cfg", SourceKind.ANSIBLE),
                entry("k8s/ingress.yaml", SourceKind.YAML),
                entry("rbac/roles/admin/tasks.yaml", SourceKind.YAML));
    }

    @Test
    void composeAndHelmfileByNameFolderAndShape() {
        write(repo, "stacks/media/docker-compose.yml", "services:\n  jellyfin:\n    image: jellyfin/jellyfin:10.9.11\n");
        write(repo, "hosts/nas/apps.yml", "services:\n  web:\n    build: .\n");
        write(repo, "helmfile.yaml", "releases: []\n");
        write(repo, "bootstrap/helmfile/apps.yaml", "releases:\n  - name: cilium\n");
        write(repo, "bootstrap/crds.yaml", "releases:\n  - name: crds\n    chart: oci://ghcr.io/x/crds\n");
        write(repo, "values/grafana.yaml.gotmpl", "adminUser: {{ .Environment.Name }}\n");
        write(repo, "k8s/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: services}\nspec: {}\n");
        write(repo, "charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n");
        write(repo, "charts/web/helmfile.yaml.gotmpl", "releases:\n  - name: web\n    chart: .\n");

        assertThat(kinds()).containsOnly(
                entry("charts/web/Chart.yaml", SourceKind.HELM_CHART_FILE),
                entry("charts/web/helmfile.yaml.gotmpl", SourceKind.HELMFILE),
                entry("stacks/media/docker-compose.yml", SourceKind.COMPOSE),
                entry("hosts/nas/apps.yml", SourceKind.COMPOSE),
                entry("helmfile.yaml", SourceKind.HELMFILE),
                entry("bootstrap/helmfile/apps.yaml", SourceKind.HELMFILE),
                entry("bootstrap/crds.yaml", SourceKind.HELMFILE),
                entry("values/grafana.yaml.gotmpl", SourceKind.HELMFILE),
                entry("k8s/svc.yaml", SourceKind.YAML));
    }

    @Test
    void retiredAndTestFoldersByNameReadmeAndUse() {
        write(repo, "clusters/main/app.yaml", "kind: Namespace\n");
        write(repo, "clusters/test/app.yaml", "kind: Namespace\n");
        write(repo, "old-apps/deprecated-blog/app.yaml", "kind: Namespace\n");
        write(repo, "apps/legacy-auth/app.yaml", "kind: Namespace\n");
        write(repo, "apps/tests/app.yaml", "kind: Namespace\n");
        write(repo, "apps/nas/README.md", "# NAS\n\nNo longer in use since the move.\n");
        write(repo, "apps/nas/app.yaml", "kind: Namespace\n");
        write(repo, "charts/app/Chart.yaml", "name: app\n");
        write(repo, "charts/app/ci/test-values.yaml", "x: 1\n");
        write(repo, "charts/app/tests/deployment_test.yaml", "suite: x\n");
        write(repo, "charts/app/files/test/config.yaml", "x: 1\n");

        var scopes = discover(repo).liveScopes();

        assertThat(scopes.isLive("clusters/test/app.yaml")).as("an environment beside main").isTrue();
        assertThat(scopes.of("old-apps/deprecated-blog/app.yaml")).hasValueSatisfying(
                notLive -> assertThat(notLive.reason()).isEqualTo("retired: the folder is named deprecated-blog"));
        assertThat(scopes.isLive("apps/legacy-auth/app.yaml")).as("legacy only as the whole name").isTrue();
        assertThat(scopes.of("apps/tests/app.yaml")).hasValueSatisfying(
                notLive -> assertThat(notLive.reason()).isEqualTo("test: the folder is named tests"));
        assertThat(scopes.of("apps/nas/app.yaml")).hasValueSatisfying(
                notLive -> assertThat(notLive.reason()).isEqualTo("retired: README.md says \"no longer in use\""));
        assertThat(scopes.of("charts/app/ci/test-values.yaml")).hasValueSatisfying(
                notLive -> assertThat(notLive.reason()).isEqualTo("test: chart-testing values"));
        assertThat(scopes.isLive("charts/app/tests/deployment_test.yaml")).isFalse();
        assertThat(scopes.isLive("charts/app/files/test/config.yaml")).as("what the chart deploys").isTrue();
    }
}
