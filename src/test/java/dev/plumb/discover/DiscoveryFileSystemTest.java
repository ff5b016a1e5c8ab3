package dev.plumb.discover;

import static dev.plumb.discover.Trees.discover;
import static dev.plumb.discover.Trees.filePaths;
import static dev.plumb.discover.Trees.skipReasons;
import static dev.plumb.discover.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryFileSystemTest {

    /** Holds both trees, so links from one to the other stay inside what JUnit cleans up. */
    @TempDir Path base;

    private Path repo;
    private Path elsewhere;

    @BeforeEach
    void createRepoAndANeighbour() throws IOException {
        repo = Files.createDirectory(base.resolve("repo"));
        elsewhere = Files.createDirectory(base.resolve("elsewhere"));
    }

    private final List<Path> locked = new ArrayList<>();

    @AfterEach
    void unlockSoTheTempDirCanBeDeleted() throws IOException {
        for (Path path : locked) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private void lock(Path path) throws IOException {
        locked.add(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
    }

    @Test
    void aFileOverTheLimitIsSkippedWithBothSizes() throws IOException {
        Path big = repo.resolve("dump.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(12L * 1024 * 1024);
        }

        DiscoveryResult result = discover(repo);

        assertThat(skipReasons(result)).containsExactly(entry("dump.yaml", "larger than 10 MB (12.0 MB)"));
        assertThat(result.files()).isEmpty();
    }

    @Test
    void theLimitInTheReasonComesFromTheOptions() {
        write(repo, "a.yaml", "x".repeat(3000));

        DiscoveryResult result = new Discovery(new DiscoveryOptions(List.of(), 1024)).discover(List.of(repo));

        assertThat(skipReasons(result)).containsExactly(entry("a.yaml", "larger than 1 KB (2.9 KB)"));
    }

    @Test
    void aBinaryFileIsSkippedWhateverItsName() {
        write(repo, "x.yaml", new byte[] {'k', 'i', 'n', 'd', 0, 1, 2, 3});
        write(repo, "logo.png", "not even an image");

        DiscoveryResult result = discover(repo);

        assertThat(skipReasons(result)).containsExactly(entry("logo.png", "binary file"), entry("x.yaml", "binary file"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aSymlinkLoopIsSkippedAndTheWalkFinishes() throws IOException {
        write(repo, "sub/app.yaml", "x: 1\n");
        Files.createSymbolicLink(repo.resolve("sub/loop"), repo.resolve("sub"));
        Files.createSymbolicLink(repo.resolve("self"), repo.resolve("self"));

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).containsExactly("sub/app.yaml");
        assertThat(skipReasons(result)).containsExactly(entry("self", "symlink loop"), entry("sub/loop", "symlink loop"));
    }

    @Test
    void aBrokenSymlinkIsSkipped() throws IOException {
        Files.createSymbolicLink(repo.resolve("dangling.yaml"), repo.resolve("gone.yaml"));

        DiscoveryResult result = discover(repo);

        assertThat(skipReasons(result)).containsExactly(entry("dangling.yaml", "broken symlink"));
    }

    @Test
    void symlinksOutOfTheRootAreNeverFollowed() throws IOException {
        write(elsewhere, "private.yaml", "password: hunter2\n");
        Files.createSymbolicLink(repo.resolve("ext.yaml"), elsewhere.resolve("private.yaml"));
        Files.createSymbolicLink(repo.resolve("extdir"), elsewhere);

        DiscoveryResult result = discover(repo);

        assertThat(result.files()).isEmpty();
        assertThat(skipReasons(result))
                .containsExactly(
                        entry("ext.yaml", "symlink points outside the scanned root"),
                        entry("extdir", "symlink points outside the scanned root"));
    }

    @Test
    void aFileReachedThroughASymlinkIsReadOnceAtItsRealPath() throws IOException {
        write(repo, "v2/deploy.yaml", "kind: Deployment\n");
        Files.createSymbolicLink(repo.resolve("current"), repo.resolve("v2"));
        Files.createSymbolicLink(repo.resolve("alias.yaml"), repo.resolve("v2/deploy.yaml"));

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).containsExactly("v2/deploy.yaml");
        assertThat(skipReasons(result))
                .containsExactly(
                        entry("alias.yaml", "same file as v2/deploy.yaml"),
                        entry("current/deploy.yaml", "same file as v2/deploy.yaml"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoIsSkippedWithoutBeingOpened() throws Exception {
        Path fifo = repo.resolve("pipe.yaml");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        write(repo, "app.yaml", "x: 1\n");

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).containsExactly("app.yaml");
        assertThat(skipReasons(result)).containsExactly(entry("pipe.yaml", "not a regular file"));
    }

    @Test
    void anUnreadableFileIsSkippedWithTheReason() throws IOException {
        Path secret = write(repo, "secret.yaml", "x: 1\n");
        Path lockedDir = write(repo, "locked/inner.yaml", "x: 1\n").getParent();
        lock(secret);
        lock(lockedDir);
        // As root (CI containers) permissions do not stop reads, and there is nothing to observe.
        assumeTrue(!Files.isReadable(secret), "running with privileges that ignore file permissions");

        DiscoveryResult result = discover(repo);

        assertThat(skipReasons(result))
                .containsExactly(
                        entry("locked", "unreadable: permission denied"),
                        entry("secret.yaml", "unreadable: permission denied"));
    }

    @Test
    void anUnreadableFileNeverStopsTheScan() throws IOException {
        Path secret = write(repo, "secret.yaml", "x: 1\n");
        write(repo, "app.yaml", "x: 1\n");
        lock(secret);

        DiscoveryResult result = discover(repo);

        assertThat(filePaths(result)).contains("app.yaml");
        assertThat(result.files().size() + result.skipped().size()).isEqualTo(2);
    }

    private static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
