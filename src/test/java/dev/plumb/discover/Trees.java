package dev.plumb.discover;

import dev.plumb.model.SkippedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds small repositories on disk and reads a result back in the terms a report would use. */
final class Trees {

    private Trees() {}

    static Path write(Path root, String relativePath, String content) {
        return write(root, relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path root, String relativePath, byte[] content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DiscoveryResult discover(Path... paths) {
        return new Discovery(DiscoveryOptions.defaults()).discover(List.of(paths));
    }

    static List<String> filePaths(DiscoveryResult result) {
        return result.files().stream().map(SourceFile::path).toList();
    }

    static Map<String, String> skipReasons(DiscoveryResult result) {
        Map<String, String> reasons = new TreeMap<>();
        for (SkippedFile skip : result.skipped()) {
            reasons.put(skip.path(), skip.reason());
        }
        return reasons;
    }

    static SourceFile file(DiscoveryResult result, String path) {
        return result.files().stream()
                .filter(file -> file.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " was not read; read: " + filePaths(result)));
    }
}
