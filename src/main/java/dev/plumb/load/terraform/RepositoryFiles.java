package dev.plumb.load.terraform;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files Terraform functions may read ({@code file}, {@code templatefile}, var files): only files
 * inside the scanned root, by their root-relative '/'-separated path. Escapes through {@code ..},
 * absolute paths and symbolic links leading out of the root read as absent, and so do files over
 * {@link #MAX_BYTES}: evaluation never touches anything else and never the network.
 */
public interface RepositoryFiles {

    /** A repository keeps manifests and keys, not megabytes of data: larger files are not evaluated. */
    int MAX_BYTES = 1024 * 1024;

    /** The bytes of {@code path}; empty when absent, outside the root, too large or unreadable. */
    Optional<byte[]> bytes(String path);

    /** The names of the regular files directly inside a root-relative directory ("" is the root). */
    List<String> list(String directory);

    /** The names of the folders directly inside a root-relative directory ("" is the root). */
    List<String> directories(String directory);

    /** The text of {@code path} when it is UTF-8. */
    default Optional<String> text(String path) {
        return bytes(path).flatMap(RepositoryFiles::utf8);
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException notText) {
            return Optional.empty();
        }
    }

    /** No file at all: evaluation of file functions gives Unknown. */
    static RepositoryFiles none() {
        return of(Map.of());
    }

    /** Files given by content (tests, fixtures): path → text. */
    static RepositoryFiles of(Map<String, String> texts) {
        return new RepositoryFiles() {
            @Override
            public Optional<byte[]> bytes(String path) {
                String text = texts.get(path);
                return text == null ? Optional.empty() : Optional.of(text.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public List<String> list(String directory) {
                String prefix = directory.isEmpty() ? "" : directory + "/";
                return texts.keySet().stream()
                        .filter(path -> path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0)
                        .map(path -> path.substring(prefix.length())).sorted().toList();
            }

            @Override
            public List<String> directories(String directory) {
                String prefix = directory.isEmpty() ? "" : directory + "/";
                return texts.keySet().stream()
                        .filter(path -> path.startsWith(prefix) && path.indexOf('/', prefix.length()) > 0)
                        .map(path -> path.substring(prefix.length(), path.indexOf('/', prefix.length())))
                        .distinct().sorted().toList();
            }
        };
    }

    /** The files under {@code root} on disk. */
    static RepositoryFiles under(Path root) {
        return new RootDirectory(root);
    }

    /** Reads from disk, refusing whatever resolves outside the root. */
    final class RootDirectory implements RepositoryFiles {

        private final Path root;
        private final Path realRoot;

        RootDirectory(Path root) {
            this.root = root.toAbsolutePath().normalize();
            Path real;
            try {
                real = this.root.toRealPath();
            } catch (IOException | RuntimeException unreadable) {
                real = this.root;
            }
            this.realRoot = real;
        }

        @Override
        public Optional<byte[]> bytes(String path) {
            return inside(path).flatMap(file -> {
                try {
                    if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                        return Optional.empty();
                    }
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException | RuntimeException unreadable) {
                    return Optional.empty();
                }
            });
        }

        @Override
        public List<String> list(String directory) {
            return inside(directory).map(dir -> {
                try (Stream<Path> entries = Files.list(dir)) {
                    return entries.filter(entry -> Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS))
                            .map(entry -> entry.getFileName().toString()).sorted().toList();
                } catch (IOException | RuntimeException unreadable) {
                    return List.<String>of();
                }
            }).orElse(List.of());
        }

        @Override
        public List<String> directories(String directory) {
            return inside(directory).map(dir -> {
                try (Stream<Path> entries = Files.list(dir)) {
                    return entries.filter(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                            .map(entry -> entry.getFileName().toString()).sorted().toList();
                } catch (IOException | RuntimeException unreadable) {
                    return List.<String>of();
                }
            }).orElse(List.of());
        }

        /** The real file for a root-relative path, or empty when it, or a link on its way, leads out of the root. */
        private Optional<Path> inside(String path) {
            if (RepoPaths.normalise(path) == null) {
                return Optional.empty();
            }
            try {
                Path candidate = root.resolve(path).normalize();
                if (!candidate.startsWith(root) || !Files.exists(candidate)) {
                    return Optional.empty();
                }
                Path real = candidate.toRealPath();
                return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        }
    }
}
