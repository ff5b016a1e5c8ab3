package dev.plumb.discover;

import static dev.plumb.discover.Trees.discover;
import static dev.plumb.discover.Trees.filePaths;
import static dev.plumb.discover.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanRootTest {

    @TempDir Path repo;

    @Test
    void aDirectoryIsItsOwnRootAndPathsAreRelativeToIt() throws IOException {
        write(repo, "apps/web/deploy.yaml", "x: 1\n");

        DiscoveryResult result = discover(repo.resolve("apps/../apps"));

        assertThat(result.root()).isEqualTo(repo.resolve("apps").toRealPath());
        assertThat(filePaths(result)).containsExactly("web/deploy.yaml");
        assertThat(result.files().get(0).absolutePath()).isEqualTo(repo.toRealPath().resolve("apps/web/deploy.yaml"));
    }

    @Test
    void aFileIsScannedRelativeToItsDirectory() throws IOException {
        Path file = write(repo, "apps/web/deploy.yaml", "x: 1\n");
        write(repo, "apps/web/other.yaml", "x: 1\n");

        DiscoveryResult result = discover(file);

        assertThat(result.root()).isEqualTo(repo.resolve("apps/web").toRealPath());
        assertThat(filePaths(result)).containsExactly("deploy.yaml");
    }

    @Test
    void severalPathsShareTheirDeepestCommonDirectory() throws IOException {
        Path a = write(repo, "k8s/apps/a.yaml", "x: 1\n");
        write(repo, "k8s/infra/db/b.yaml", "x: 1\n");
        write(repo, "k8s/ignored.yaml", "x: 1\n");

        DiscoveryResult result = discover(a, repo.resolve("k8s/infra"));

        assertThat(result.root()).isEqualTo(repo.resolve("k8s").toRealPath());
        assertThat(filePaths(result)).containsExactly("apps/a.yaml", "infra/db/b.yaml");
    }

    @Test
    void aFileGivenTwiceOrAlsoInsideAGivenDirectoryIsListedOnce() {
        Path a = write(repo, "a.yaml", "x: 1\n");
        write(repo, "b.yaml", "x: 1\n");

        DiscoveryResult result = discover(a, repo, a);

        assertThat(filePaths(result)).containsExactly("a.yaml", "b.yaml");
    }

    @Test
    void resultsAreSortedByPath() {
        write(repo, "z.yaml", "x: 1\n");
        write(repo, "a/z.yaml", "x: 1\n");
        write(repo, "m.yaml", "x: 1\n");
        write(repo, "a/b/c.yaml", "x: 1\n");

        assertThat(filePaths(discover(repo))).isSorted().doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void aRelativePathWorksAndNeverShowsDotSlash() throws IOException {
        write(repo, "x.yaml", "x: 1\n");
        Path relative = Path.of("").toAbsolutePath().relativize(repo.toRealPath());

        DiscoveryResult result = new Discovery(DiscoveryOptions.defaults()).discover(List.of(relative));

        assertThat(filePaths(result)).containsExactly("x.yaml");
    }

    @Test
    void aMissingPathIsAUserErrorNamingThePath() {
        Path missing = repo.resolve("no/such/dir");

        assertThatThrownBy(() -> discover(repo, missing))
                .isInstanceOf(NoSuchPathException.class)
                .hasMessage("path not found: " + missing)
                .extracting(e -> ((NoSuchPathException) e).path())
                .isEqualTo(missing.toString());
    }

    @Test
    void aBrokenSymlinkGivenAsThePathIsNotFound() throws IOException {
        Path link = Files.createSymbolicLink(repo.resolve("link"), repo.resolve("gone"));

        assertThatThrownBy(() -> discover(link)).isInstanceOf(NoSuchPathException.class);
    }

    @Test
    void defaultsReadFilesUpToTenMebibytesWithNoExcludes() {
        assertThat(DiscoveryOptions.defaults()).isEqualTo(new DiscoveryOptions(List.of(), 10L * 1024 * 1024));
    }
}
