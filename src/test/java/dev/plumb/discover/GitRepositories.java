package dev.plumb.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** Makes real git repositories for discovery tests, with JGit so no git installation is needed. */
final class GitRepositories {

    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.org");

    private GitRepositories() {}

    /** {@code git init}, then the files committed as they are on disk, whatever ignore files say. */
    static void commit(Path workTree, String... paths) {
        try (Git git = Git.init().setDirectory(workTree.toFile()).setInitialBranch("main").call()) {
            commit(git, paths);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #commit(Path, String...)}, with the repository kept apart and a {@code .git} file naming it. */
    static void commitWithSeparateGitDirectory(Path workTree, Path gitDirectory, String... paths) {
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
        try {
            // The index must hold exactly what was asked for, or the tests prove nothing.
            if (git.getRepository().readDirCache().getEntryCount() != paths.length) {
                throw new IllegalStateException("git did not track all of " + String.join(", ", paths));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
