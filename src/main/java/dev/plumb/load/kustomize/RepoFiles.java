package dev.plumb.load.kustomize;

import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repository as a build reads it: the files the scan read, by root-relative path, each parsed once
 * however many overlays share it. A file the scan left out (excluded, ignored by git, too large) is not
 * built from; only a generator's data files, which the scan may not count as text, are read from disk,
 * never outside the root.
 */
final class RepoFiles {

    static final List<String> KUSTOMIZATION_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private final Path root;
    private Path realRoot;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, YamlDocuments> parsed = new HashMap<>();

    RepoFiles(Path root, Map<String, String> known) {
        this.root = root;
        texts.putAll(known);
    }

    /** A path inside the root, '/'-separated, from {@code reference} relative to {@code directory}; empty when it leaves the root. */
    static Optional<String> resolve(String directory, String reference) {
        String joined = directory.isEmpty() ? reference : directory + "/" + reference;
        Path normal = Path.of(joined).normalize();
        String text = normal.toString().replace('\\', '/');
        if (text.startsWith("..") || normal.isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(text);
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    boolean isDirectory(String path) {
        return inside(path) && Files.isDirectory(absolute(path));
    }

    boolean isFile(String path) {
        return texts.containsKey(path) || (inside(path) && Files.isRegularFile(absolute(path)));
    }

    /** True for a file the scan read; false for one on disk that it left out. */
    boolean scanned(String path) {
        return texts.containsKey(path);
    }

    /** False for a path a link leads out of the root: a build reads nothing outside what is scanned. */
    private boolean inside(String path) {
        try {
            if (realRoot == null) {
                realRoot = root.toRealPath();
            }
            return absolute(path).toRealPath().startsWith(realRoot);
        } catch (IOException | SecurityException missing) {
            return false;
        }
    }

    Optional<String> kustomizationIn(String directory) {
        for (String name : KUSTOMIZATION_NAMES) {
            String path = directory.isEmpty() ? name : directory + "/" + name;
            if (isFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    String text(String path, Position askedAt) {
        String known = texts.get(path);
        if (known != null) {
            return known;
        }
        byte[] bytes;
        try {
            if (!inside(path)) {
                throw new IOException("outside the scanned directory");
            }
            bytes = Files.readAllBytes(absolute(path));
        } catch (IOException unreadable) {
            throw new BuildFailure(askedAt, "cannot read " + path);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        texts.put(path, text);
        return text;
    }

    /**
     * The documents of a YAML file. A syntax error fails the build: at the line that lists the file (the
     * file's own loader reports the error where it is), or at the error for a kustomization itself.
     */
    List<Node> documents(String path, Position askedAt) {
        YamlDocuments documents = parsed.computeIfAbsent(path, p -> YamlDocuments.parse(p, text(p, askedAt)));
        if (!documents.problems().isEmpty()) {
            Position error = documents.problems().get(0).position();
            String message = documents.problems().get(0).message();
            throw askedAt == null ? new BuildFailure(error, message)
                    : new BuildFailure(askedAt, path + ":" + error.line() + ": " + message);
        }
        return documents.documents();
    }

    private Path absolute(String path) {
        return root.resolve(path);
    }
}
