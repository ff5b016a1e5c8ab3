package dev.plumb.load.helm;

import com.marcnuri.helm.jni.HelmLib;
import com.marcnuri.helm.jni.NativeLibrary;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Helm's native library, loaded once per run. helm-java copies its ~100 MB library out of the jar into a
 * new temporary folder on every start, which costs more than rendering a dozen charts; plumb keeps one
 * copy in the user's cache folder (named after the library's size and date, so another version gets a
 * copy of its own) and falls back to helm-java's own loading when that folder cannot be written.
 */
final class NativeHelm {

    private static HelmLib library;

    private NativeHelm() {}

    static synchronized HelmLib library() {
        if (library == null) {
            library = load();
        }
        return library;
    }

    private static HelmLib load() {
        NativeLibrary platform = NativeLibrary.serviceProviderLibrary(NativeHelm.class.getClassLoader());
        if (platform == null) {
            throw new IllegalStateException("no Helm library for this platform");
        }
        try {
            Path cached = cached(platform);
            if (cached != null) {
                return Native.load(cached.toString(), HelmLib.class);
            }
        } catch (IOException | UncheckedIOException | UnsatisfiedLinkError cacheUnusable) {
            // Fall through: helm-java's own copy in the temporary folder.
        }
        return platform.load();
    }

    private static Path cached(NativeLibrary platform) throws IOException {
        URL resource = platform.getClass().getResource("/" + platform.getBinaryName());
        Path folder = cacheFolder();
        if (resource == null || folder == null) {
            return null;
        }
        URLConnection connection = resource.openConnection();
        long size = connection.getContentLengthLong();
        Path target = folder.resolve("helm-" + size + "-" + connection.getLastModified() + "-" + platform.getBinaryName());
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return target;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "helm", ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            // Two scans starting at once each write their own part; the rename makes one of them the copy.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    /** {@code $XDG_CACHE_HOME/plumb}, else {@code ~/.cache/plumb}; null without a home folder. */
    private static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "plumb");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "plumb");
    }
}
