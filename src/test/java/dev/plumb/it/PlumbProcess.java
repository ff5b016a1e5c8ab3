package dev.plumb.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged plumb jar as a separate process, the way a user's shell does. */
final class PlumbProcess {

    record Result(int exitCode, String out, String err) {
        String both() {
            return out + "\n" + err;
        }
    }

    static final Path JAR = Path.of("target", "plumb.jar").toAbsolutePath();

    private PlumbProcess() {
    }

    static Result run(String... args) {
        return runIn(Path.of("").toAbsolutePath(), args);
    }

    static Result runIn(Path directory, String... args) {
        return runIn(directory, java.util.Map.of(), args);
    }

    /** With {@code environment} added to the process's own (a chart cache folder, say). */
    static Result runWith(java.util.Map<String, String> environment, String... args) {
        return runIn(Path.of("").toAbsolutePath(), environment, args);
    }

    static Result runIn(Path directory, java.util.Map<String, String> environment, String... args) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("package plumb first: " + JAR + " is missing");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("plumb-out", ".txt");
            Path err = Files.createTempFile("plumb-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().put("NO_COLOR", "1");
            // Charts a developer keeps in their own cache must not change what a test sees.
            builder.environment().put("PLUMB_CHART_CACHE", JAR.resolveSibling("no-chart-cache").toString());
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("plumb did not finish within 120 s: " + command);
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
