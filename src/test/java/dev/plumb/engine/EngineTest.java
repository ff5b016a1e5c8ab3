package dev.plumb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.Container;
import dev.plumb.model.Origin;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.result.Finding;
import dev.plumb.rule.Findings;
import dev.plumb.rule.ResourceRule;
import dev.plumb.rule.Rule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineTest {

    @RuleInfo(id = "every-container", title = "Every container", category = Category.RELIABILITY,
            severity = Severity.MEDIUM, effort = Effort.S, rationale = "test", fix = "test")
    static final class EveryContainer implements ContainerRule {
        @Override
        public void check(Workload workload, Container container, Findings findings) {
            findings.report(workload, container, container.imageNode(), "image " + container.image());
            findings.report(workload, container, container.imageNode(), "image " + container.image());
        }
    }

    @RuleInfo(id = "every-service", title = "Every service", category = Category.SECURITY,
            severity = Severity.HIGH, effort = Effort.S, rationale = "test", fix = "test")
    static final class EveryService implements ResourceRule {
        @Override
        public Set<String> kinds() {
            return Set.of("Service");
        }

        @Override
        public void check(Resource resource, Findings findings) {
            if (resource.name().equals("boom")) {
                throw new IllegalStateException("odd object");
            }
            findings.report(resource, resource.metadata().get("name"), "service " + resource.name());
        }
    }

    private static final String YAML = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              template:
                metadata:
                  annotations:
                    plumb.dev/ignore: "every-container — vendor image, tracked in OPS-12"
                spec:
                  containers: [{name: web, image: "web:1"}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: shop}
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      # plumb:ignore every-container pinned in the next release
                      image: "api:1"
                    - name: sidecar
                      image: "proxy:2"
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: api
              namespace: shop
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: legacy
              namespace: old
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: boom}
            """;

    private static Platform platform() {
        LoadedFile loaded = YamlLoader.load("apps/shop.yaml", YAML);
        return new Platform(loaded.resources(), loaded.problems(), loaded.ignores());
    }

    private static List<Finding> run(EngineSettings settings) {
        return new Engine(List.of(new EveryContainer(), new EveryService()), settings).run(platform());
    }

    @Test
    void reportsEachFindingOnceSortedBySeverityThenRule() {
        List<Finding> findings = run(EngineSettings.defaults());
        assertThat(findings).extracting(Finding::message)
                .containsExactly("service api", "service legacy", "image web:1", "image api:1", "image proxy:2");
        assertThat(findings.get(0).location()).isEqualTo("apps/shop.yaml:28");
        assertThat(findings.get(4).subject().describe()).isEqualTo("Deployment/shop/api container sidecar");
    }

    @Test
    void inlineCommentsAndAnnotationsSuppressWithTheirReasons() {
        List<Finding> findings = run(EngineSettings.defaults());
        Finding web = findings.stream().filter(f -> f.message().equals("image web:1")).findFirst().orElseThrow();
        assertThat(web.suppression().by()).isEqualTo("annotation");
        assertThat(web.suppression().reason()).isEqualTo("vendor image, tracked in OPS-12");
        Finding api = findings.stream().filter(f -> f.message().equals("image api:1")).findFirst().orElseThrow();
        assertThat(api.suppression().by()).isEqualTo("inline");
        assertThat(api.suppression().reason()).isEqualTo("pinned in the next release");
        assertThat(findings.stream().filter(f -> f.message().equals("image proxy:2")).findFirst().orElseThrow().isSuppressed()).isFalse();
    }

    @Test
    void configExceptionsMatchSubjectOrPathGlobsAndExpire() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        EngineSettings settings = new EngineSettings(Set.of(), Map.of(), List.of(
                new ConfigException("every-service", null, "Service/shop/*", "internal only", LocalDate.of(2027, 1, 1)),
                new ConfigException("*", "apps/**", "Service/old/legacy", "decommissioned", LocalDate.of(2026, 1, 31))), today);
        List<Finding> findings = run(settings);
        Finding api = findings.stream().filter(f -> f.message().equals("service api")).findFirst().orElseThrow();
        assertThat(api.suppression().by()).isEqualTo("config");
        Finding legacy = findings.stream().filter(f -> f.message().equals("service legacy")).findFirst().orElseThrow();
        assertThat(legacy.isSuppressed()).isFalse();
        assertThat(legacy.note()).isEqualTo("exception expired 2026-01-31: decommissioned");
    }

    @Test
    void disabledRulesDoNotRunAndSeverityOverridesApply() {
        EngineSettings settings = new EngineSettings(Set.of("every-service"), Map.of("every-container", Severity.LOW),
                List.of(), LocalDate.now());
        List<Finding> findings = run(settings);
        assertThat(findings).extracting(f -> f.rule().id()).containsOnly("every-container");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.LOW);
    }

    @Test
    void aRuleThatThrowsIsReportedAndTheScanGoesOn() {
        Engine engine = new Engine(List.of(new EveryService()), EngineSettings.defaults());
        List<Finding> findings = engine.run(platform());
        assertThat(findings).hasSize(2);
        assertThat(engine.failures()).singleElement()
                .satisfies(failure -> assertThat(failure.describe()).contains("every-service").contains("Service/default/boom"));
    }

    @Test
    void fingerprintsIgnoreLineShifts() {
        String fingerprint = run(EngineSettings.defaults()).get(0).fingerprint();
        LoadedFile shifted = YamlLoader.load("apps/shop.yaml", "\n\n\n" + YAML);
        List<Finding> again = new Engine(List.of(new EveryService()), EngineSettings.defaults())
                .run(new Platform(shifted.resources(), shifted.problems(), shifted.ignores()));
        assertThat(again.get(0).line()).isEqualTo(31);
        assertThat(again.get(0).fingerprint()).isEqualTo(fingerprint).hasSize(16);
    }

    @Test
    void twoModuleCallsOfOneObjectAreTwoFindingsNamingTheirCalls() {
        String service = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: shop
                """;
        Resource parsed = YamlLoader.load("modules/web/main.tf", service).resources().get(0);
        List<Resource> calls = List.of(
                new Resource(parsed.body(), new Origin("modules/web/main.tf", 1, Origin.TERRAFORM, "module.blog", false)),
                new Resource(parsed.body(), new Origin("modules/web/main.tf", 1, Origin.TERRAFORM, "module.shop", false)));
        List<Finding> findings = new Engine(List.of(new EveryService()), EngineSettings.defaults())
                .run(new Platform(calls, List.of(), List.of()));
        assertThat(findings).extracting(Finding::message)
                .containsExactly("service web (module.blog)", "service web (module.shop)");
        assertThat(findings.get(0).line()).isEqualTo(findings.get(1).line());
        assertThat(findings.get(0).fingerprint()).isNotEqualTo(findings.get(1).fingerprint());
        assertThat(findings.get(0).subject().module()).isEqualTo("module.blog");
    }

    @Test
    void anAnnotationSilencesOnlyTheCopyOfTheObjectThatCarriesIt() {
        String base = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: shop
                """;
        String overlay = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: shop
                  annotations:
                    plumb.dev/ignore: "every-service — overlay exposes it on purpose"
                """;
        LoadedFile first = YamlLoader.load("base/web.yaml", base);
        LoadedFile second = YamlLoader.load("overlays/lab/web.yaml", overlay);
        List<Resource> resources = new java.util.ArrayList<>(first.resources());
        resources.addAll(second.resources());
        List<Finding> findings = new Engine(List.of(new EveryService()), EngineSettings.defaults())
                .run(new Platform(resources, List.of(), List.of()));
        assertThat(findings).extracting(f -> f.file() + " " + f.isSuppressed())
                .containsExactly("base/web.yaml false", "overlays/lab/web.yaml true");
    }

    @RuleInfo(id = "every-port", title = "Every port", category = Category.SECURITY,
            severity = Severity.LOW, effort = Effort.S, rationale = "test", fix = "test")
    static final class EveryPort implements ContainerRule {
        @Override
        public void check(Workload workload, Container container, Findings findings) {
            for (var port : container.ports().elements()) {
                findings.report(workload, container, port, "hostPort " + port.get("containerPort").text());
            }
        }
    }

    @Test
    void findingsThatDifferOnlyInNumbersKeepDistinctFingerprints() {
        LoadedFile loaded = YamlLoader.load("edge.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: proxy, namespace: edge}
                spec:
                  containers:
                    - name: proxy
                      image: traefik:v3.2.0
                      ports: [{containerPort: 80}, {containerPort: 443}]
                """);
        List<Finding> findings = new Engine(List.of(new EveryPort()), EngineSettings.defaults())
                .run(new Platform(loaded.resources(), List.of(), List.of()));
        assertThat(findings).extracting(Finding::fingerprint).hasSize(2).doesNotHaveDuplicates();
    }

    @RuleInfo(id = "same-words", title = "Same words", category = Category.TECH_DEBT,
            severity = Severity.LOW, effort = Effort.S, rationale = "test", fix = "test")
    static final class SameWords implements ContainerRule {
        @Override
        public void check(Workload workload, Container container, Findings findings) {
            findings.report(workload, container, container.imageNode(), "TODO in a comment: \"pin this\"");
        }
    }

    private static List<String> sameWordsFingerprints(String prefix) {
        LoadedFile loaded = YamlLoader.load("jobs.yaml", prefix + """
                apiVersion: v1
                kind: Pod
                metadata: {name: jobs, namespace: ops}
                spec:
                  containers:
                    - name: a
                      image: busybox
                  initContainers:
                    - name: a
                      image: busybox
                    - name: a
                      image: alpine
                """);
        return new Engine(List.of(new SameWords()), EngineSettings.defaults())
                .run(new Platform(loaded.resources(), List.of(), List.of())).stream()
                .sorted(java.util.Comparator.comparingInt(Finding::line)).map(Finding::fingerprint).toList();
    }

    @Test
    void findingsAlikeButOnDifferentLinesHaveDistinctFingerprintsThatSurviveAnEditAbove() {
        List<String> fingerprints = sameWordsFingerprints("");
        assertThat(fingerprints).hasSize(3).doesNotHaveDuplicates();
        assertThat(sameWordsFingerprints("# a comment added above\n# and another\n")).isEqualTo(fingerprints);
    }

    @Test
    void aLargePlatformGivesTheSameFindingsInTheSameOrderAsASmallRunWould() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            yaml.append("apiVersion: v1\nkind: Service\nmetadata: {name: svc-").append(i).append(", namespace: ns-")
                    .append(i % 7).append("}\n---\n");
        }
        LoadedFile loaded = YamlLoader.load("many.yaml", yaml.toString());
        Platform large = new Platform(loaded.resources(), List.of(), List.of());
        List<Rule> rules = List.of(new EveryService(), new EveryContainer(), new EveryPort());
        List<Finding> first = new Engine(rules, EngineSettings.defaults()).run(large);
        List<Finding> second = new Engine(rules, EngineSettings.defaults()).run(large);
        assertThat(first).hasSize(700).isEqualTo(second);
        assertThat(first.get(0).message()).isEqualTo("service svc-0");
    }
}
