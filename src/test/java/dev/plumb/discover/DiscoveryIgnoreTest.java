package dev.plumb.discover;

import static dev.plumb.discover.Trees.discover;
import static dev.plumb.discover.Trees.filePaths;
import static dev.plumb.discover.Trees.skipReasons;
import static dev.plumb.discover.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryIgnoreTest {

    @TempDir Path repo;

    @Test
    void gitignoredFilesAreListedAsSkippedNotRead() {
        write(repo, ".gitignore", "*.rendered.yaml\n!keep.rendered.yaml\n");
        write(repo, "app.yaml", "kind: Service\n");
        write(repo, "app.rendered.yaml", "kind: Service\n");
        write(repo, "keep.rendered.yaml", "kind: Service\n");

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).containsExactly(".gitignore", "app.yaml", "keep.rendered.yaml");
        assertThat(skipReasons(result)).containsExactly(entry("app.rendered.yaml", ".gitignore"));
    }

    @Test
    void anIgnoredDirectoryIsListedOnceAndNotEntered() {
        write(repo, ".gitignore", "build/\n");
        write(repo, "build/a.yaml", "a: 1\n");
        write(repo, "build/deep/b.yaml", "b: 1\n");
        write(repo, "tools/build", "a file called build is not a directory\n");

        DiscoveryResult result = discover(repo);

        assertThat(skipReasons(result)).containsExactly(entry("build", ".gitignore"));
        assertThat(filePaths(result)).containsExactly(".gitignore", "tools/build");
    }

    @Test
    void anchoredPatternsOnlyMatchAtTheirOwnLevel() {
        write(repo, ".gitignore", "/local.yaml\nk8s/gen/*.yaml\n");
        write(repo, "local.yaml", "x: 1\n");
        write(repo, "apps/local.yaml", "x: 1\n");
        write(repo, "k8s/gen/a.yaml", "x: 1\n");
        write(repo, "apps/k8s/gen/a.yaml", "x: 1\n");

        DiscoveryResult result = discover(repo);

        assertThat(skipReasons(result)).containsOnlyKeys("local.yaml", "k8s/gen/a.yaml");
        assertThat(filePaths(result)).contains("apps/local.yaml", "apps/k8s/gen/a.yaml");
    }

    @Test
    void doubleStarPatternsReachAnyDepth() {
        write(repo, ".gitignore", "**/secrets/*.yaml\nvendor/**\n!vendor/keep.yaml\n");
        write(repo, "a/b/secrets/db.yaml", "x: 1\n");
        write(repo, "secrets/db.yaml", "x: 1\n");
        write(repo, "vendor/drop.yaml", "x: 1\n");
        write(repo, "vendor/keep.yaml", "x: 1\n");

        DiscoveryResult result = discover(repo);

        assertThat(skipReasons(result))
                .containsOnlyKeys("a/b/secrets/db.yaml", "secrets/db.yaml", "vendor/drop.yaml");
        assertThat(filePaths(result)).contains("vendor/keep.yaml");
    }

    @Test
    void aNestedGitignoreAppliesBelowItsDirectoryAndOverridesItsParent() {
        write(repo, ".gitignore", "*.local.yaml\n");
        write(repo, "apps/.gitignore", "!wanted.local.yaml\n/only-here.yaml\n");
        write(repo, "apps/wanted.local.yaml", "x: 1\n");
        write(repo, "apps/other.local.yaml", "x: 1\n");
        write(repo, "apps/only-here.yaml", "x: 1\n");
        write(repo, "apps/sub/only-here.yaml", "x: 1\n");
        write(repo, "only-here.yaml", "x: 1\n");

        DiscoveryResult result = discover(repo);

        assertThat(skipReasons(result)).containsOnlyKeys("apps/other.local.yaml", "apps/only-here.yaml");
        assertThat(filePaths(result))
                .contains("apps/wanted.local.yaml", "apps/sub/only-here.yaml", "only-here.yaml");
    }

    @Test
    void aNestedGitignoreDoesNotLeakIntoSiblings() {
        write(repo, "a/.gitignore", "*.yaml\n");
        write(repo, "a/x.yaml", "x: 1\n");
        write(repo, "b/x.yaml", "x: 1\n");

        DiscoveryResult result = discover(repo);

        assertThat(skipReasons(result)).containsOnlyKeys("a/x.yaml");
        assertThat(filePaths(result)).contains("b/x.yaml");
    }

    @Test
    void plumbignoreWorksLikeGitignoreAndSaysSo() {
        write(repo, ".plumbignore", "fixtures/\n");
        write(repo, "fixtures/broken.yaml", "x: [\n");
        write(repo, "app.yaml", "x: 1\n");

        DiscoveryResult result = discover(repo);

        assertThat(skipReasons(result)).containsExactly(entry("fixtures", ".plumbignore"));
    }

    @Test
    void plumbignoreCanScanWhatGitIgnores() {
        write(repo, ".gitignore", "rendered/\n");
        write(repo, ".plumbignore", "!rendered/\n");
        write(repo, "rendered/all.yaml", "x: 1\n");

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).contains("rendered/all.yaml");
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void configuredExcludesAreRelativeToTheRoot() {
        write(repo, "examples/demo.yaml", "x: 1\n");
        write(repo, "apps/examples/demo.yaml", "x: 1\n");
        write(repo, "apps/test.yaml", "x: 1\n");

        DiscoveryResult result =
                new Discovery(new DiscoveryOptions(List.of("/examples/", "apps/*.yaml"), 1024))
                        .discover(List.of(repo));

        assertThat(skipReasons(result))
                .containsExactly(entry("apps/test.yaml", "excluded by .plumb.yaml"), entry("examples", "excluded by .plumb.yaml"));
        assertThat(filePaths(result)).containsExactly("apps/examples/demo.yaml");
    }

    @Test
    void vcsAndDependencyDirectoriesAreListedOnceAndNotEntered() {
        write(repo, ".git/config", "[core]\n");
        write(repo, "ui/node_modules/pkg/deployment.yaml", "kind: Deployment\n");
        write(repo, "infra/.terraform/modules/m/main.tf", "x\n");
        write(repo, "infra/main.tf", "resource \"x\" \"y\" {}\n");

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).containsExactly("infra/main.tf");
        assertThat(skipReasons(result))
                .containsOnlyKeys(".git", "infra/.terraform", "ui/node_modules")
                .containsEntry(".git", "dependency or VCS directory");
    }

    @Test
    void ignoreFilesBetweenTheRootAndANamedDirectoryStillApply() {
        write(repo, ".gitignore", "*.generated.yaml\n");
        write(repo, "a/x.generated.yaml", "x: 1\n");
        write(repo, "a/x.yaml", "x: 1\n");
        write(repo, "b/y.yaml", "x: 1\n");

        DiscoveryResult result = discover(repo.resolve("a"), repo.resolve("b"));

        assertThat(filePaths(result)).containsExactly("a/x.yaml", "b/y.yaml");
        assertThat(skipReasons(result)).containsOnlyKeys("a/x.generated.yaml");
    }

    @Test
    void aFileNamedExplicitlyIsReadEvenWhenIgnored() {
        write(repo, ".gitignore", "*.local.yaml\n");
        Path named = write(repo, "dev.local.yaml", "x: 1\n");

        DiscoveryResult result = discover(named);

        assertThat(filePaths(result)).containsExactly("dev.local.yaml");
        assertThat(result.skipped()).isEmpty();
    }
}
