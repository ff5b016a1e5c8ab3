package dev.plumb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.model.FileCoverage;
import dev.plumb.result.Finding;
import dev.plumb.result.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole scan over Kustomize overlays: what is built, from which roots, and what happens when a build fails. */
class ScannerKustomizeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: %s
            spec:
              selector: {matchLabels: {app: %1$s}}
              template:
                metadata: {labels: {app: %1$s}}
                spec:
                  containers:
                    - name: app
                      image: ghcr.io/acme/%1$s:latest
            """;

    @TempDir
    Path repo;

    @Test
    void aBaseSharedByTwoOverlaysIsBuiltIntoEach() throws IOException {
        write("apps/base/kustomization.yaml", "resources: [web.yaml]\n");
        write("apps/base/web.yaml", DEPLOYMENT.formatted("web"));
        write("apps/staging/kustomization.yaml", "namespace: staging\nresources: [../base]\n");
        write("apps/prod/kustomization.yaml", "namespace: prod\nnamePrefix: prod-\nresources: [../base]\n");

        List<Finding> findings = findings("image-tag-mutable");
        assertThat(findings).extracting(Finding::location).containsOnly("apps/base/web.yaml:12");
        assertThat(findings).extracting(f -> f.subject().namespace() + "/" + f.subject().name())
                .containsExactlyInAnyOrder("staging/web", "prod/prod-web");
    }

    @Test
    void overlaysBuildingOneObjectDifferentlyKeepBothBuilds() throws IOException {
        write("base/kustomization.yaml", "resources: [web.yaml]\n");
        write("base/web.yaml", DEPLOYMENT.formatted("web").replace(":latest", ":1.0.0"));
        write("canary/kustomization.yaml", "resources: [../base]\nimages:\n  - name: ghcr.io/acme/web\n    newTag: latest\n");
        write("stable/kustomization.yaml", "resources: [../base]\n");
        write("mirror/kustomization.yaml", "resources: [../base]\n");

        ScanResult result = scan();
        assertThat(of(result, "image-tag-mutable")).extracting(Finding::location).containsExactly("canary/kustomization.yaml:4");
        assertThat(result.resources()).isEqualTo(2);
    }

    @Test
    void anOverlayThatFailsToBuildIsAProblemOnItsLineAndItsFilesStayAsWritten() throws IOException {
        write("app/kustomization.yaml", "namespace: shop\nresources:\n  - web.yaml\n  - missing.yaml\n");
        write("app/web.yaml", DEPLOYMENT.formatted("web"));

        ScanResult result = scan();
        assertThat(of(result, "parse-error")).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("app/kustomization.yaml:4");
            assertThat(problem.message()).contains("kustomize build of app failed: resource not found: missing.yaml");
        });
        assertThat(of(result, "image-tag-mutable")).singleElement().satisfies(finding -> {
            assertThat(finding.location()).isEqualTo("app/web.yaml:12");
            assertThat(finding.subject().namespace()).isEqualTo("shop");
        });
    }

    @Test
    void aBaseThatOneOverlayFailsToBuildIsAlsoCheckedAsWritten() throws IOException {
        write("base/kustomization.yaml", "resources: [web.yaml]\n");
        write("base/web.yaml", DEPLOYMENT.formatted("web"));
        write("good/kustomization.yaml", "namespace: good\nresources: [../base]\n");
        write("broken/kustomization.yaml", "namespace: broken\nresources:\n  - ../base\n  - missing.yaml\n");

        ScanResult result = scan();
        assertThat(of(result, "parse-error")).extracting(Finding::location).containsExactly("broken/kustomization.yaml:4");
        assertThat(of(result, "image-tag-mutable")).extracting(f -> f.subject().namespace() + "/" + f.location())
                .containsExactlyInAnyOrder("good/base/web.yaml:12", "default/base/web.yaml:12");
    }

    @Test
    void aResourceLeftOutOfTheScanIsLeftOutOfTheBuild() throws IOException {
        write(".plumbignore", "app/vendored.yaml\n");
        write("app/kustomization.yaml", "resources: [web.yaml, vendored.yaml]\n");
        write("app/web.yaml", DEPLOYMENT.formatted("web"));
        write("app/vendored.yaml", DEPLOYMENT.formatted("vendored"));

        ScanResult result = scan();
        assertThat(of(result, "image-tag-mutable")).extracting(f -> f.subject().name()).containsExactly("web");
        assertThat(result.coverage().files()).filteredOn(file -> file.path().equals("app/kustomization.yaml"))
                .singleElement().satisfies(file -> assertThat(file.reason()).contains("left out of the scan"));
    }

    @Test
    void malformedKustomizationsAreProblemsWithTheirLineAndTheScanGoesOn() throws IOException {
        write("a/kustomization.yaml", "resources: [web.yaml\n");
        write("a/web.yaml", DEPLOYMENT.formatted("a"));
        write("b/kustomization.yaml", "resources: web.yaml\n");
        write("b/web.yaml", DEPLOYMENT.formatted("b"));
        write("c/kustomization.yaml", "resources: [web.yaml]\npatches:\n  - patch: |-\n      - op: replace\n        path: /spec/nothing/here\n        value: 1\n    target: {kind: Deployment}\n");
        write("c/web.yaml", DEPLOYMENT.formatted("c"));

        ScanResult result = scan();
        assertThat(of(result, "parse-error")).extracting(Finding::location)
                .contains("a/kustomization.yaml:2", "b/kustomization.yaml:1", "c/kustomization.yaml:4");
        assertThat(of(result, "image-tag-mutable")).extracting(Finding::location)
                .containsExactlyInAnyOrder("a/web.yaml:12", "b/web.yaml:12", "c/web.yaml:12");
    }

    @Test
    void fieldsNotBuiltLeaveTheOverlayPartialAndNamed() throws IOException {
        write("app/kustomization.yaml", """
                resources: [web.yaml]
                patches:
                  - path: patch.yaml
                replacements:
                  - source: {kind: Deployment, name: web, fieldPath: metadata.name}
                    targets: []
                """);
        write("app/web.yaml", DEPLOYMENT.formatted("web"));
        write("app/patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {replicas: 2}\n");

        Map<String, FileCoverage> coverage = scan().coverage().files().stream()
                .collect(Collectors.toMap(FileCoverage::path, file -> file));
        assertThat(coverage.get("app/kustomization.yaml").status()).isEqualTo(FileCoverage.Status.PARTIAL);
        assertThat(coverage.get("app/kustomization.yaml").reason()).isEqualTo("kustomize field not built: replacements");
        assertThat(coverage.get("app/patch.yaml").status()).isEqualTo(FileCoverage.Status.ANALYSED);
        assertThat(coverage.get("app/web.yaml").status()).isEqualTo(FileCoverage.Status.ANALYSED);
    }

    private ScanResult scan() {
        return new Scanner(RuleRegistry.builtIn()).scan(List.of(repo), ScanOptions.defaults()).result();
    }

    private List<Finding> findings(String rule) {
        return of(scan(), rule);
    }

    private static List<Finding> of(ScanResult result, String rule) {
        return result.findings().stream().filter(finding -> finding.rule().id().equals(rule)).toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
