package dev.plumb.it;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium driven over the DevTools protocol. On CI (CI=true) a missing browser fails the
 * test; on a workstation it skips with a message saying how to install one.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> CANDIDATES = List.of(
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private final Process process;
    private final Path profile;
    private final int port;

    private Chromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.port = port;
    }

    /** The browser binary: -Dplumb.chromium, $CHROMIUM, or a Debian/Ubuntu/Chrome install path. */
    static Optional<Path> find() {
        String configured = Optional.ofNullable(System.getProperty("plumb.chromium")).orElse(System.getenv("CHROMIUM"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Path requireBinary() {
        Optional<Path> binary = find();
        if (binary.isEmpty()) {
            String message = "headless Chromium is needed for this test: apt-get install chromium "
                    + "(or set -Dplumb.chromium=/path/to/chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return binary.get();
    }

    /** Starts the browser on about:blank with a fresh profile and a DevTools port of its own choosing. */
    static Chromium launch(Path binary) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("plumb-chromium");
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank"));
        Path log = profile.resolve("chromium.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path activePort = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.isRegularFile(activePort) || Files.readString(activePort).isBlank()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String output = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not open its DevTools port: " + output);
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(activePort).get(0).trim());
        return new Chromium(process, profile, port);
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
