package dev.plumb.load.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.Resource;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    @Test
    void loadsEveryDocumentWithItsLineAndColumn() {
        String text = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: first
                ---
                # a comment between documents
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: shop
                spec:
                  replicas: 2
                """;
        LoadedFile loaded = YamlLoader.load("apps/web.yaml", text);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.resources()).extracting(Resource::id).containsExactly("ConfigMap/default/first", "Deployment/shop/web");
        Resource web = loaded.resources().get(1);
        assertThat(web.origin().line()).isEqualTo(7);
        assertThat(web.spec().get("replicas").position().toString()).isEqualTo("apps/web.yaml:13:13");
        assertThat(web.spec().get("replicas").asLong()).contains(2L);
    }

    @Test
    void documentsWithoutApiVersionAndKindAreNotObjects() {
        LoadedFile loaded = YamlLoader.load("values.yaml", "replicaCount: 3\nimage:\n  tag: latest\n");
        assertThat(loaded.resources()).isEmpty();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.setAside()).isFalse();
    }

    @Test
    void unfoldsListObjects() {
        String text = """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: Service
                    metadata: {name: a}
                  - apiVersion: v1
                    kind: Service
                    metadata: {name: b}
                """;
        assertThat(YamlLoader.load("list.yaml", text).resources())
                .extracting(Resource::name, r -> r.origin().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 4), org.assertj.core.groups.Tuple.tuple("b", 7));
    }

    @Test
    void resolvesAliasesAndMergeKeys() {
        String text = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                  labels: &labels
                    app: shop
                spec:
                  containers:
                    - &base
                      name: a
                      image: nginx:1.27
                    - <<: *base
                      name: b
                  nodeSelector: *labels
                """;
        Resource pod = YamlLoader.load("pod.yaml", text).resources().get(0);
        var second = pod.spec().get("containers").get(1);
        assertThat(second.get("name").text()).isEqualTo("b");
        assertThat(second.get("image").text()).isEqualTo("nginx:1.27");
        assertThat(pod.spec().get("nodeSelector").stringMap()).containsEntry("app", "shop");
    }

    @Test
    void duplicateKeysAreProblemsAtTheSecondKey() {
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\n";
        LoadedFile loaded = YamlLoader.load("dup.yaml", text);
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().line()).isEqualTo(5);
            assertThat(problem.message()).contains("duplicate key \"name\"").contains("line 4");
        });
        assertThat(loaded.resources()).extracting(Resource::name).containsExactly("y");
    }

    @Test
    void syntaxErrorsKeepEarlierDocumentsAndNeverQuoteTheSource() {
        String text = """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: ok
                ---
                apiVersion: v1
                kind: Secret
                stringData:
                  password: "s3cr3t-value
                """;
        LoadedFile loaded = YamlLoader.load("broken.yaml", text);
        assertThat(loaded.resources()).extracting(Resource::name).containsExactly("ok");
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("not valid YAML").doesNotContain("s3cr3t");
            assertThat(problem.position().line()).isGreaterThanOrEqualTo(9);
        });
    }

    @Test
    void tabsIndentationIsAProblemWithItsLine() {
        LoadedFile loaded = YamlLoader.load("tabs.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n");
        assertThat(loaded.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.position().line()).isEqualTo(4));
    }

    @Test
    void helmTemplatesAreSetAsideNotReportedAsBroken() {
        String template = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ include "app.fullname" . }}
                spec:
                  {{- toYaml .Values.spec | nindent 2 }}
                """;
        LoadedFile loaded = YamlLoader.load("templates/deployment.yaml", template);
        assertThat(loaded.setAside()).isTrue();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.resources()).isEmpty();
    }

    @Test
    void prometheusTemplatesInsideValidYamlStillLoad() {
        String text = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: alerts
                data:
                  summary: "{{ $labels.instance }} is down"
                """;
        LoadedFile loaded = YamlLoader.load("alerts.yaml", text);
        assertThat(loaded.setAside()).isFalse();
        assertThat(loaded.resources()).hasSize(1);
        assertThat(loaded.resources().get(0).body().path("data", "summary").text()).isNull();
    }

    @Test
    void latin1TextIsReportedAtTheFirstBadLineAndStillLoaded() {
        LoadedFile loaded = YamlLoader.load("cafe.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: café\n", 4, null);
        assertThat(loaded.resources()).hasSize(1);
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().line()).isEqualTo(4);
            assertThat(problem.message()).contains("not valid UTF-8");
        });
    }

    @Test
    void jsonManifestsLoad() {
        String json = "{\"apiVersion\": \"v1\", \"kind\": \"Service\",\n \"metadata\": {\"name\": \"api\", \"namespace\": \"shop\"}}";
        assertThat(YamlLoader.load("svc.json", json).resources()).extracting(Resource::id).containsExactly("Service/shop/api");
    }

    @Test
    void ignoreDirectivesTargetTheirOwnOrTheNextContentLine() {
        String text = """
                spec:
                  # plumb:ignore image-tag-mutable renovate pins it next week

                  image: nginx:latest
                  other: x  # plumb:ignore privileged-container,host-namespace lab only
                  bare: y # plumb:ignore pdb-missing
                """;
        var directives = YamlLoader.load("d.yaml", text).ignores();
        assertThat(directives).hasSize(3);
        assertThat(directives.get(0).targetLine()).isEqualTo(4);
        assertThat(directives.get(0).reason()).isEqualTo("renovate pins it next week");
        assertThat(directives.get(1).targetLine()).isEqualTo(5);
        assertThat(directives.get(1).ruleIds()).containsExactly("privileged-container", "host-namespace");
        assertThat(directives.get(2).hasReason()).isFalse();
    }

    @Test
    void undefinedAliasesAreProblemsAndRecursiveOnesAreUnknown() {
        LoadedFile undefined = YamlLoader.load("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: *nowhere\n");
        assertThat(undefined.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("undefined alias *nowhere"));
        LoadedFile recursive = YamlLoader.load("r.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: &m {name: r, self: *m}\n");
        assertThat(recursive.problems()).isEmpty();
        assertThat(recursive.resources().get(0).name()).isEqualTo("r");
    }

    @Test
    void deepNestingNeitherOverflowsNorFails() {
        String deep = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata:\n  x: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        LoadedFile loaded = YamlLoader.load("deep.yaml", deep);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.resources()).hasSize(1);
    }

    private static final String COMMENTED_SETTINGS = """
            {
              // editor settings, JSONC
              "compilerOptions": {"strict": true, "paths": {"@/*": ["./src/*"]}}, /* block */
              "include": ["src",],
            }
            """;

    @Test
    void jsonWithCommentsOrTrailingCommasIsTextNotAParseError() {
        assertThat(YamlLoader.load("web/settings.json", COMMENTED_SETTINGS).problems()).isEmpty();
        assertThat(YamlLoader.load("web/trailing.json", "{\"a\": [1, 2,\n],\n \"url\": \"http://x\"}\n").problems()).isEmpty();
        assertThat(YamlLoader.load("web/trailing.json", "{\"a\": \"x\",\n  \"b\": [1,\n  ],\n}\n // end\n").problems()).isEmpty();
        assertThat(YamlLoader.load("renovate.json5", "{ extends: ['config:recommended'], }\n").problems()).isEmpty();
        assertThat(YamlLoader.load("x.jsonc", "{\"a\": 1 // one\n}\n").problems()).isEmpty();
    }

    @Test
    void brokenJsonThatLooksLikeAKubernetesObjectOrHasNoDialectIsStillAParseError() {
        String commentedManifest = "{\n  \"apiVersion\": \"v1\", // kubectl rejects this\n  \"kind\": \"ConfigMap\"\n}\n";
        assertThat(YamlLoader.load("cm.json", commentedManifest).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("not valid YAML"));
        assertThat(YamlLoader.load("data.json", "{\"a\": 1 \"b\": 2}\n").problems()).hasSize(1);
        // A URL's slashes and a comma inside a string are no dialect.
        assertThat(YamlLoader.load("data.json", "{\"u\": \"http://x/y, ]\" \"b\": 2}\n").problems()).hasSize(1);
    }

    @Test
    void toolSettingsFilesAreTextWhateverTheyHold() {
        String broken = "{\"compilerOptions\": {\"strict\": true \"x\": 1}}\n";
        for (String path : new String[] {"tsconfig.json", "web/tsconfig.build.json", ".devcontainer/devcontainer.json",
                "devcontainer.json", ".vscode/settings.json", "renovate.json", ".github/renovate.json",
                ".eslintrc.json", "package.json", "composer.json", "jsconfig.json"}) {
            assertThat(YamlLoader.load(path, broken).problems()).as(path).isEmpty();
        }
        assertThat(YamlLoader.load("deploy/settings.json", broken).problems()).hasSize(1);
        assertThat(YamlLoader.load(".devcontainer/docker-compose.yml", "services: [\n").problems())
                .as("YAML next to a devcontainer is still YAML").hasSize(1);
    }
}
