package dev.plumb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/** Makes real git repositories for tests, with JGit so no git installation is needed. */
public final class GitRepositories {

    private static final PersonIdent AUTHOR = new PersonIdent("Operator", "operator@example.org");

    static {
        // JGit's first write records the file system's timestamp resolution in ~/.config/jgit/config, and
        // commits read the user's ~/.gitconfig (signing, hooks): tests keep both to the build directory.
        Path home = Path.of("target", "test-git-home").toAbsolutePath();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SystemReader.setInstance(new SystemReader.Delegate(SystemReader.getInstance()) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, home.resolve("gitconfig").toFile(), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, home.resolve("system-gitconfig").toFile(), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, home.resolve("jgit-config").toFile(), fs);
            }
        });
    }

    private GitRepositories() {}

    /**
     * {@code git init} (again, if the repository exists), then one commit of the files as they are on
     * disk. Files are added before any ignore file naming them is written, which is what
     * {@code git add -f} leaves too: tracked, whatever .gitignore says later.
     */
    public static void commit(Path workTree, String... paths) {
        try (Git git = Git.init().setDirectory(workTree.toFile()).setInitialBranch("main").call()) {
            commit(git, paths);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #commit(Path, String...)}, with the repository kept apart and a {@code .git} file naming it. */
    public static void commitWithSeparateGitDirectory(Path workTree, Path gitDirectory, String... paths) {
        try (Git git = Git.init().setDirectory(workTree.toFile()).setGitDir(gitDirectory.toFile())
                .setInitialBranch("main").call()) {
            commit(git, paths);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void commit(Git git, String... paths) throws GitAPIException {
        for (String path : paths) {
            git.add().addFilepattern(path).call();
        }
        git.commit().setMessage("files").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
        Repository repository = git.getRepository();
        try {
            // JGit's add skips what an ignore file matches: the index must hold every file asked for, or the test proves nothing.
            for (String path : paths) {
                if (repository.readDirCache().getEntry(path) == null) {
                    throw new IllegalStateException("git did not track " + path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
