package dev.plumb.load.helmfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.load.InputFile;
import dev.plumb.load.LoadOutput;
import dev.plumb.load.terraform.RepositoryFiles;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Position;
import dev.plumb.model.SourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelmfileLoaderTest {

    /** A repository in memory: the helmfile-kind files go to the loader, the others are only readable. */
    private static final class Repo {
        private final Map<String, String> files = new LinkedHashMap<>();

        Repo with(String path, String text) {
            files.put(path, text);
            return this;
        }

        LoadOutput load(String... helmfileKind) {
            List<InputFile> inputs = new ArrayList<>();
            for (String path : helmfileKind) {
                inputs.add(new InputFile(path, SourceKind.HELMFILE, files.get(path), 0, null));
            }
            LoadOutput output = new LoadOutput();
            new HelmfileLoader().load(inputs, RepositoryFiles.of(files), output);
            return output;
        }
    }

    private static HelmRelease release(LoadOutput output, String name) {
        return output.helmReleases().stream().filter(release -> release.name().equals(name)).findFirst().orElseThrow();
    }

    private static FileCoverage coverage(LoadOutput output, String path) {
        return output.coverage().stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void releasesKeepTheirChartsValuesAndSettingsInHelmsOrder() {
        LoadOutput output = new Repo()
                .with("deploy/helmfile.yaml", """
                        repositories:
                          - name: jetstack
                            url: https://charts.jetstack.io
                          - name: ghcr
                            url: ghcr.io/example/charts
                            oci: true
                        releases:
                          - name: cert-manager
                            namespace: cert-manager
                            chart: jetstack/cert-manager
                            version: v1.16.2
                            values:
                              - values/cert-manager.yaml
                              - crds:
                                  enabled: true
                            set:
                              - name: replicaCount
                                value: 2
                              - name: extraArgs
                                values: [--a, --b]
                            needs: [kube-system/cilium]
                          - name: web
                            namespace: apps
                            chart: ./charts/web
                          - name: tool
                            namespace: apps
                            chart: ghcr/tool
                          - name: flux
                            namespace: flux-system
                            chart: oci://ghcr.io/fluxcd-community/charts/flux2
                        """)
                .with("deploy/values/cert-manager.yaml", "replicaCount: 1\n")
                .with("deploy/charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
                .load("deploy/helmfile.yaml");

        assertThat(output.problems()).isEmpty();
        HelmRelease certManager = release(output, "cert-manager");
        assertThat(certManager.position()).isEqualTo(new Position("deploy/helmfile.yaml", 8, 5));
        assertThat(certManager.deployer()).isEqualTo(HelmRelease.HELMFILE);
        assertThat(certManager.chart()).isEqualTo("cert-manager");
        assertThat(certManager.repository()).isEqualTo("https://charts.jetstack.io");
        assertThat(certManager.chartPath()).isNull();
        assertThat(certManager.version()).isEqualTo("v1.16.2");
        assertThat(certManager.values()).extracting(HelmRelease.Values::position, HelmRelease.Values::yaml).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new Position("deploy/values/cert-manager.yaml", 1, 1), "replicaCount: 1\n"),
                org.assertj.core.groups.Tuple.tuple(new Position("deploy/helmfile.yaml", 14, 9), "crds:\n  enabled: true\n"));
        // Inline values keep the lines they are written on: a rendered value is traced to its own line.
        assertThat(certManager.values().get(1).tree().path("crds", "enabled").line()).isEqualTo(15);
        assertThat(certManager.settings()).extracting(HelmRelease.Setting::toString)
                .containsExactly("replicaCount=2", "extraArgs={--a,--b}");
        assertThat(release(output, "web").chartPath()).isEqualTo("deploy/charts/web");
        assertThat(release(output, "tool").repository()).isEqualTo("oci://ghcr.io/example/charts");
        assertThat(release(output, "flux").chart()).isEqualTo("oci://ghcr.io/fluxcd-community/charts/flux2");
        assertThat(release(output, "flux").repository()).isNull();

        FileCoverage helmfile = coverage(output, "deploy/helmfile.yaml");
        assertThat(helmfile.status()).isEqualTo(FileCoverage.Status.PARTIAL);
        assertThat(helmfile.reason()).isEqualTo(FileCoverage.RELEASE_NOT_RENDERED);
        assertThat(helmfile.mayDefine()).containsExactly(FileCoverage.ANY_KIND);
        assertThat(helmfile.definesIn()).containsExactlyInAnyOrder("cert-manager", "apps", "flux-system");
    }

    @Test
    void theDefaultEnvironmentFeedsTemplatedPartsAndGotmplValues() {
        LoadOutput output = new Repo()
                .with("helmfile.yaml.gotmpl", """
                        environments:
                          default:
                            values:
                              - env/common.yaml
                              - domain: example.org
                        ---
                        releases:
                        {{- range $name, $app := .Values.apps }}
                          - name: {{ $name }}
                            namespace: {{ get "namespace" $name $app }}
                            chart: ./charts/{{ $name }}
                            installed: {{ $app.enabled }}
                            values:
                              - values.yaml.gotmpl
                        {{- end }}
                          - name: metrics
                            chart: ./charts/metrics
                            condition: metrics.enabled
                          - name: tracing
                            chart: ./charts/tracing
                            condition: observability.tracing.enabled
                        """)
                .with("env/common.yaml", """
                        apps:
                          web: {enabled: true}
                          db: {enabled: false, namespace: data}
                        metrics: {enabled: true}
                        observability: {tracing: {enabled: false}}
                        """)
                .with("values.yaml.gotmpl", """
                        fullnameOverride: {{ .Release.Name }}-{{ .Release.Namespace }}
                        host: {{ .Release.Name }}.{{ .Values.domain }}
                        environment: {{ .Environment.Name }}
                        """)
                .load("helmfile.yaml.gotmpl", "env/common.yaml", "values.yaml.gotmpl");

        assertThat(output.problems()).isEmpty();
        // Range visits the map in sorted key order, so db comes first, declared on the template's range line.
        assertThat(output.helmReleases()).extracting(HelmRelease::name).containsExactly("db", "web", "metrics", "tracing");
        assertThat(release(output, "metrics").installed()).isTrue();
        assertThat(release(output, "tracing").installed()).isFalse();
        HelmRelease web = release(output, "web");
        assertThat(web.installed()).isTrue();
        assertThat(web.namespace()).isEqualTo("web");
        assertThat(web.position().line()).isEqualTo(9);
        assertThat(web.values()).singleElement().isEqualTo(new HelmRelease.Values(new Position("values.yaml.gotmpl", 1, 1),
                "fullnameOverride: web-web\nhost: web.example.org\nenvironment: default\n"));
        HelmRelease db = release(output, "db");
        assertThat(db.installed()).isFalse();
        assertThat(db.namespace()).isEqualTo("data");
        assertThat(coverage(output, "env/common.yaml").status()).isEqualTo(FileCoverage.Status.ANALYSED);
        assertThat(coverage(output, "values.yaml.gotmpl").status()).isEqualTo(FileCoverage.Status.ANALYSED);
        // metrics names no namespace: it installs wherever helmfile runs, so the helmfile may define anything anywhere.
        assertThat(coverage(output, "helmfile.yaml.gotmpl").definesIn()).isEmpty();
    }

    @Test
    void basesShareTemplatesAndReleasesInheritThem() {
        LoadOutput output = new Repo()
                .with("bootstrap/helmfile/apps.yaml", """
                        bases:
                          - common.yaml
                        defaultInherit: oci
                        releases:
                          - name: ingress
                            namespace: network
                          - name: dns
                            namespace: network
                            inherit:
                              - template: local
                            values:
                              - fullnameOverride: '{{ .Release.Name }}-{{ .Release.Namespace }}'
                        """)
                .with("bootstrap/helmfile/common.yaml", """
                        templates:
                          oci:
                            chart: '{{ (fromYaml (tpl (readFile "chart.gotmpl") .)).chart }}'
                            version: '{{ (fromYaml (tpl (readFile "chart.gotmpl") .)).version }}'
                          local:
                            chart: ../charts/{{ .Release.Name }}
                        """)
                .with("bootstrap/helmfile/chart.gotmpl", """
                        {{- $source := fromYaml (readFile (printf "../../apps/%s/%s/source.yaml" .Release.Namespace .Release.Name)) -}}
                        chart: {{ $source.spec.url }}
                        version: {{ $source.spec.ref.tag }}
                        """)
                .with("apps/network/ingress/source.yaml", """
                        apiVersion: source.toolkit.fluxcd.io/v1
                        kind: OCIRepository
                        spec:
                          url: oci://ghcr.io/example/ingress
                          ref: {tag: 1.2.3}
                        """)
                .load("bootstrap/helmfile/apps.yaml", "bootstrap/helmfile/common.yaml", "bootstrap/helmfile/chart.gotmpl");

        assertThat(output.problems()).isEmpty();
        HelmRelease ingress = release(output, "ingress");
        assertThat(ingress.chart()).isEqualTo("oci://ghcr.io/example/ingress");
        assertThat(ingress.version()).isEqualTo("1.2.3");
        assertThat(release(output, "dns").chart()).isEqualTo("../charts/dns");
        assertThat(release(output, "dns").values()).singleElement()
                .satisfies(values -> assertThat(values.yaml()).isEqualTo("fullnameOverride: dns-network\n"));
        // The release's own values replace the template's.
        assertThat(release(output, "ingress").values()).isEmpty();
        assertThat(coverage(output, "bootstrap/helmfile/common.yaml").status()).isEqualTo(FileCoverage.Status.ANALYSED);
        assertThat(coverage(output, "bootstrap/helmfile/chart.gotmpl").status()).isEqualTo(FileCoverage.Status.ANALYSED);
    }

    @Test
    void anUnknownFunctionIsAProblemAtItsLine() {
        LoadOutput output = new Repo()
                .with("helmfile.yaml.gotmpl", """
                        releases:
                          - name: web
                            namespace: apps
                            chart: {{ chartFor "web" }}
                        """)
                .with("unused.yaml.gotmpl", "a: {{ .Values.a }}\n")
                .load("helmfile.yaml.gotmpl", "unused.yaml.gotmpl");

        assertThat(output.problems()).containsExactly(new LoadProblem(new Position("helmfile.yaml.gotmpl", 4, 15),
                "template: function \"chartFor\" not defined"));
        assertThat(output.helmReleases()).isEmpty();
        FileCoverage helmfile = coverage(output, "helmfile.yaml.gotmpl");
        assertThat(helmfile.status()).isEqualTo(FileCoverage.Status.NOT_ANALYSED);
        assertThat(helmfile.reason()).isEqualTo(FileCoverage.PARSE_ERROR);
        assertThat(helmfile.mayDefine()).containsExactly(FileCoverage.ANY_KIND);
        assertThat(helmfile.definesIn()).containsExactly("apps");
        assertThat(coverage(output, "unused.yaml.gotmpl").reason()).isEqualTo(HelmfileLoader.NOT_USED);
    }

    @Test
    void brokenYamlAfterRenderingPointsAtTheWrittenLine() {
        LoadOutput output = new Repo()
                .with("helmfile.yaml.gotmpl", """
                        {{- $ns := "apps" }}
                        releases:
                          - name: web
                            namespace: {{ $ns }}
                            chart: [unclosed
                        """)
                .load("helmfile.yaml.gotmpl");

        assertThat(output.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().file()).isEqualTo("helmfile.yaml.gotmpl");
            assertThat(problem.position().line()).isBetween(5, 6);
            assertThat(problem.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void aMissingKeyAMissingValuesFileAndATemplateCallingItselfFailClearly() {
        LoadOutput missingKey = new Repo().with("helmfile.yaml.gotmpl", "releases:\n  - name: {{ .Values.name }}\n")
                .load("helmfile.yaml.gotmpl");
        assertThat(missingKey.problems()).containsExactly(new LoadProblem(new Position("helmfile.yaml.gotmpl", 2, 14),
                "template: map has no entry for key \"name\""));

        LoadOutput missingFile = new Repo().with("helmfile.yaml", """
                releases:
                  - name: web
                    chart: ./web
                    values: [nowhere.yaml]
                """).load("helmfile.yaml");
        assertThat(missingFile.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(new Position("helmfile.yaml", 4, 14));
            assertThat(problem.message()).isEqualTo("values file nowhere.yaml is not in the repository");
        });

        LoadOutput loop = new Repo().with("helmfile.yaml.gotmpl", """
                {{ define "again" }}{{ template "again" . }}{{ end }}
                releases: {{ template "again" . }}
                """).load("helmfile.yaml.gotmpl");
        assertThat(loop.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("does it call itself?"));

        LoadOutput outside = new Repo().with("helmfile.yaml.gotmpl", "releases: {{ readFile \"../../etc/passwd\" }}\n")
                .load("helmfile.yaml.gotmpl");
        assertThat(outside.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("outside the scanned repository"));
    }

    @Test
    void secretsAndTheEnvironmentNeverReachTheValues() {
        LoadOutput output = new Repo()
                .with("helmfile.yaml.gotmpl", """
                        releases:
                          - name: app
                            namespace: apps
                            chart: ./charts/app
                            secrets:
                              - secrets.yaml
                            values:
                              - password: {{ fetchSecretValue "ref+vault://kv/app#password" | quote }}
                                home: {{ env "HOME" | quote }}
                                cluster: {{ requiredEnv "CLUSTER" }}
                              - values/{{ requiredEnv "CLUSTER" }}.yaml
                            set:
                              - name: token
                                value: {{ exec "cat" (list "/etc/hostname") | quote }}
                        """)
                .with("secrets.yaml", "password: hunter2-from-sops\n")
                .load("helmfile.yaml.gotmpl");

        assertThat(output.problems()).isEmpty();
        HelmRelease app = release(output, "app");
        String everything = app.values() + " " + app.settings();
        assertThat(everything).doesNotContain("hunter2").doesNotContain(System.getProperty("user.home"))
                .contains("(unresolved fetchSecretValue)").contains("(unresolved env)");
        assertThat(app.values().get(1).yaml()).isNull();
        assertThat(app.settings()).singleElement().satisfies(setting -> assertThat(setting.value()).isNull());
        assertThat(Optional.ofNullable(System.getenv("CLUSTER")).map(everything::contains).orElse(false)).isFalse();
    }

    @Test
    void aYamlHelmfileWrittenForHelmfileBeforeV1IsRenderedWhenItIsNotYamlOtherwise() {
        LoadOutput output = new Repo()
                .with("helmfile.d/10-apps.yaml", """
                        environments:
                          default:
                            values:
                              - namespace: tools
                        ---
                        releases:
                          - name: whoami
                            namespace: {{ .Values.namespace }}
                            chart: ../charts/whoami
                        """)
                .with("charts/whoami/Chart.yaml", "apiVersion: v2\nname: whoami\nversion: 1.0.0\n")
                .load("helmfile.d/10-apps.yaml");

        assertThat(output.problems()).isEmpty();
        HelmRelease whoami = release(output, "whoami");
        assertThat(whoami.namespace()).isEqualTo("tools");
        assertThat(whoami.chartPath()).isEqualTo("charts/whoami");
        assertThat(whoami.position()).isEqualTo(new Position("helmfile.d/10-apps.yaml", 7, 5));
    }

    @Test
    void aValuesTemplateThatFailsIsAProblemAtItsOwnLine() {
        LoadOutput output = new Repo()
                .with("helmfile.yaml", """
                        releases:
                          - name: web
                            namespace: apps
                            chart: ./charts/web
                            values: [web.yaml.gotmpl]
                        """)
                .with("web.yaml.gotmpl", "replicas: 2\nimage: {{ imageFor .Release.Name }}\n")
                .load("helmfile.yaml", "web.yaml.gotmpl");

        assertThat(output.problems()).containsExactly(new LoadProblem(new Position("web.yaml.gotmpl", 2, 11),
                "template: function \"imageFor\" not defined"));
        assertThat(coverage(output, "helmfile.yaml").reason()).isEqualTo(FileCoverage.PARSE_ERROR);
        assertThat(coverage(output, "web.yaml.gotmpl").reason()).isEqualTo(FileCoverage.PARSE_ERROR);
        assertThat(coverage(output, "helmfile.yaml").definesIn()).containsExactly("apps");
    }

    @Test
    void aHelmfileThatOnlyTheEnvironmentCouldRenderIsSetAsideWithoutAProblem() {
        LoadOutput output = new Repo()
                .with("helmfile.yaml.gotmpl", """
                        {{- $cluster := fromYaml (readFile (printf "clusters/%s.yaml" (requiredEnv "CLUSTER"))) }}
                        releases:
                        {{- range $cluster.apps }}
                          - name: {{ . }}
                            chart: ./charts/{{ . }}
                        {{- end }}
                        """)
                .load("helmfile.yaml.gotmpl");

        assertThat(output.problems()).isEmpty();
        assertThat(output.helmReleases()).isEmpty();
        FileCoverage helmfile = coverage(output, "helmfile.yaml.gotmpl");
        assertThat(helmfile.status()).isEqualTo(FileCoverage.Status.NOT_ANALYSED);
        assertThat(helmfile.reason()).isEqualTo(HelmfileLoader.NEEDS_ENVIRONMENT);
        assertThat(output.setAsideFiles()).extracting(skipped -> skipped.reason())
                .containsExactly("helmfile: " + HelmfileLoader.NEEDS_ENVIRONMENT);
    }

    @Test
    void helmfilesOwnFunctionsReadTheRepositoryAndTheValues() {
        LoadOutput output = new Repo()
                .with("helmfile.yaml.gotmpl", """
                        environments:
                          default:
                            values:
                              - cluster: {name: home, nodes: 3}
                        ---
                        releases:
                        {{- range readDir "apps" }}
                        {{- $app := readFile . | fromYaml }}
                          - name: {{ $app.name }}
                            namespace: {{ get "namespace" "default" $app }}
                            chart: ./charts/{{ $app.name }}
                            version: {{ getOrNil "version" $app | default "0.1.0" }}
                            labels:
                              cluster: {{ get "cluster.name" $.Values }}
                              nodes: {{ get "cluster.nodes" $.Values | quote }}
                              file: {{ isFile (printf "apps/%s.yaml" $app.name) | quote }}
                        {{- end }}
                        """)
                .with("apps/api.yaml", "name: api\nnamespace: backend\nversion: 1.2.0\n")
                .with("apps/web.yaml", "name: web\n")
                .load("helmfile.yaml.gotmpl");

        assertThat(output.problems()).isEmpty();
        assertThat(output.helmReleases()).extracting(HelmRelease::name, HelmRelease::namespace, HelmRelease::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("api", "backend", "1.2.0"),
                        org.assertj.core.groups.Tuple.tuple("web", "default", "0.1.0"));

        LoadOutput strict = new Repo().with("helmfile.yaml.gotmpl", """
                releases:
                  - name: {{ get "missing.key" .Values }}
                """).load("helmfile.yaml.gotmpl");
        assertThat(strict.problems()).extracting(LoadProblem::message)
                .containsExactly("template: error calling get: no value exists at missing.key");
    }

    @Test
    void aHelmfileRunsTheHelmfilesItListsWithTheValuesItPasses() {
        LoadOutput output = new Repo()
                .with("helmfile.yaml.gotmpl", """
                        environments:
                          default:
                            values:
                              - "env/*.yaml"
                        ---
                        helmfiles:
                          - path: apps/*/helmfile.yaml.gotmpl
                            values:
                              - {{ toYaml .Values | nindent 8 }}
                        """)
                .with("env/10-domain.yaml", "domain: example.org\n")
                .with("env/20-apps.yaml", "apps: {wiki: {namespace: docs}}\n")
                .with("apps/wiki/helmfile.yaml.gotmpl", """
                        bases:
                          - ../../common/base.yaml
                        releases:
                          - name: wiki
                            namespace: {{ .Values.apps.wiki.namespace }}
                            chart: ./chart
                            values:
                              - host: wiki.{{ .Values.domain }}
                        """)
                .with("common/base.yaml", "repositories:\n  - name: bitnami\n    url: https://charts.bitnami.com/bitnami\n")
                .with("apps/wiki/chart/Chart.yaml", "apiVersion: v2\nname: wiki\nversion: 1.0.0\n")
                .load("helmfile.yaml.gotmpl", "apps/wiki/helmfile.yaml.gotmpl", "common/base.yaml");

        assertThat(output.problems()).isEmpty();
        HelmRelease wiki = release(output, "wiki");
        assertThat(wiki.file()).isEqualTo("apps/wiki/helmfile.yaml.gotmpl");
        assertThat(wiki.namespace()).isEqualTo("docs");
        assertThat(wiki.chartPath()).isEqualTo("apps/wiki/chart");
        assertThat(wiki.values()).singleElement().satisfies(values -> assertThat(values.yaml()).isEqualTo("host: wiki.example.org\n"));
        assertThat(coverage(output, "apps/wiki/helmfile.yaml.gotmpl").status()).isEqualTo(FileCoverage.Status.PARTIAL);
        assertThat(coverage(output, "helmfile.yaml.gotmpl").status()).isEqualTo(FileCoverage.Status.ANALYSED);
        assertThat(coverage(output, "common/base.yaml").status()).isEqualTo(FileCoverage.Status.ANALYSED);
    }

    @Test
    void aHelmfileWithoutADefaultEnvironmentIsNotBrokenForFailingInIt() {
        LoadOutput output = new Repo()
                .with("helmfile.yaml.gotmpl", """
                        environments:
                          staging:
                            values: [{namespace: staging}]
                          production:
                            values: [{namespace: production}]
                        ---
                        releases:
                          - name: api
                            namespace: {{ .Values.namespace }}
                            chart: ./charts/api
                        """)
                .load("helmfile.yaml.gotmpl");

        assertThat(output.problems()).isEmpty();
        assertThat(coverage(output, "helmfile.yaml.gotmpl").reason()).isEqualTo(HelmfileLoader.NAMED_ENVIRONMENTS);
    }
}
