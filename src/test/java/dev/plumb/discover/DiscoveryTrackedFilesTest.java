package dev.plumb.discover;

import static dev.plumb.discover.Trees.discover;
import static dev.plumb.discover.Trees.filePaths;
import static dev.plumb.discover.Trees.skipReasons;
import static dev.plumb.discover.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.plumb.testing.GitRepositories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Git applies .gitignore to untracked files only, and so does discovery inside a git work tree. */
class DiscoveryTrackedFilesTest {

    @TempDir Path repo;

    @Test
    void aTrackedFileInAnIgnoredDirectoryIsReadAndItsUntrackedNeighboursAreNot() {
        write(repo, "generated/deploy.yaml", "kind: Service\n");
        GitRepositories.commit(repo, "generated/deploy.yaml");
        write(repo, ".gitignore", "generated/\n");
        write(repo, "generated/scratch.yaml", "kind: Service\n");
        write(repo, "generated/cache/a.yaml", "kind: Service\n");

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).containsExactly(".gitignore", "generated/deploy.yaml");
        assertThat(skipReasons(result)).containsExactly(entry(".git", "dependency or VCS directory"),
                entry("generated/cache", ".gitignore"), entry("generated/scratch.yaml", ".gitignore"));
    }

    @Test
    void aTrackedFileAPatternMatchesIsReadAndANegationInsideAnIgnoredDirectoryStillCannotReinclude() {
        write(repo, "app.rendered.yaml", "kind: Service\n");
        write(repo, "out/kept.yaml", "kind: Service\n");
        GitRepositories.commit(repo, "app.rendered.yaml", "out/kept.yaml");
        write(repo, ".gitignore", "*.rendered.yaml\nout/\n!out/wanted.yaml\n");
        write(repo, "local.rendered.yaml", "kind: Service\n");
        write(repo, "out/wanted.yaml", "kind: Service\n");

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).containsExactly(".gitignore", "app.rendered.yaml", "out/kept.yaml");
        assertThat(skipReasons(result)).containsOnlyKeys(".git", "local.rendered.yaml", "out/wanted.yaml")
                .containsEntry("out/wanted.yaml", ".gitignore");
    }

    @Test
    void plumbignoreStillLeavesOutTrackedFiles() {
        write(repo, "generated/deploy.yaml", "kind: Service\n");
        write(repo, "fixtures/broken.yaml", "x: [\n");
        GitRepositories.commit(repo, "generated/deploy.yaml", "fixtures/broken.yaml");
        write(repo, ".gitignore", "generated/\nfixtures/\n");
        write(repo, ".plumbignore", "fixtures/\n");

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).contains("generated/deploy.yaml").doesNotContain("fixtures/broken.yaml");
        assertThat(skipReasons(result)).containsOnlyKeys(".git", "fixtures").containsEntry("fixtures", ".plumbignore");
    }

    @Test
    void configuredExcludesStillLeaveOutTrackedFiles() {
        write(repo, "generated/deploy.yaml", "kind: Service\n");
        write(repo, "generated/values.yaml", "kind: Service\n");
        GitRepositories.commit(repo, "generated/deploy.yaml", "generated/values.yaml");
        write(repo, ".gitignore", "generated/\n");

        DiscoveryResult result = new Discovery(new DiscoveryOptions(List.of("values.yaml"), 1024)).discover(List.of(repo));

        assertThat(filePaths(result)).contains("generated/deploy.yaml").doesNotContain("generated/values.yaml");
        assertThat(skipReasons(result)).containsEntry("generated/values.yaml", "excluded by .plumb.yaml");
    }

    @Test
    void aRootBelowTheWorkTreeTopMatchesTrackedPathsRelativeToIt() {
        write(repo, "infra/generated/deploy.yaml", "kind: Service\n");
        GitRepositories.commit(repo, "infra/generated/deploy.yaml");
        write(repo, "infra/.gitignore", "generated/\n");
        write(repo, "infra/generated/scratch.yaml", "kind: Service\n");

        DiscoveryResult result = discover(repo.resolve("infra"));

        assertThat(filePaths(result)).containsExactly(".gitignore", "generated/deploy.yaml");
        assertThat(skipReasons(result)).containsExactly(entry("generated/scratch.yaml", ".gitignore"));
    }

    @Test
    void aDotGitFileNamingTheRepositoryElsewhereIsFollowed(@TempDir Path elsewhere) {
        Path workTree = repo.resolve("checkout");
        write(workTree, "generated/deploy.yaml", "kind: Service\n");
        GitRepositories.commitWithSeparateGitDirectory(workTree, elsewhere.resolve("repo.git"), "generated/deploy.yaml");
        assertThat(workTree.resolve(".git")).isRegularFile();
        write(workTree, ".gitignore", "generated/\n");

        DiscoveryResult result = discover(workTree);

        assertThat(filePaths(result)).contains("generated/deploy.yaml");
    }

    @Test
    void aCorruptIndexLeavesTheIgnoreFilesDecidingAlone() throws IOException {
        write(repo, "generated/deploy.yaml", "kind: Service\n");
        GitRepositories.commit(repo, "generated/deploy.yaml");
        write(repo, ".gitignore", "generated/\n");
        Files.write(repo.resolve(".git/index"), "DIRC not really an index".getBytes());

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).containsExactly(".gitignore");
        assertThat(skipReasons(result)).containsEntry("generated", ".gitignore");
    }
}
