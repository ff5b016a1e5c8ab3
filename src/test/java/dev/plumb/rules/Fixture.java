package dev.plumb.rules;

import dev.plumb.config.ConfigReader;
import dev.plumb.config.PlumbConfig;
import dev.plumb.engine.RuleRegistry;
import java.util.Set;
import java.util.stream.Collectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One rule's fixture under {@code src/test/resources/rules/<theme>/}: a single file named after the
 * rule ({@code image-tag-mutable.yaml}) or a directory named after it holding several files (a
 * chart, a Terraform module). Paths are relative to the fixtures root, '/'-separated, the way
 * plumb reports files relative to the scanned root.
 */
record Fixture(String ruleId, String theme, Path location, List<Fixture.File> files) {

    static final Path ROOT = Path.of("src", "test", "resources", "rules");

    record File(String path, String text, List<Marker> markers) {

        List<String> lines() {
            return text.lines().toList();
        }

        /** A fixture directory's {@code .plumb.yaml}: the settings the fixture runs with, not a file it scans. */
        boolean isConfiguration() {
            return path.endsWith("/.plumb.yaml");
        }

        String extension() {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? "" : path.substring(dot + 1);
        }
    }

    static List<Fixture> all() {
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> themes = Files.list(ROOT)) {
            for (Path theme : themes.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> entries = Files.list(theme)) {
                    for (Path entry : entries.sorted().toList()) {
                        fixtures.add(of(theme.getFileName().toString(), entry));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixtures;
    }

    private static Fixture of(String theme, Path entry) throws IOException {
        String name = entry.getFileName().toString();
        boolean directory = Files.isDirectory(entry);
        String ruleId = directory || name.indexOf('.') < 0 ? name : name.substring(0, name.indexOf('.'));
        List<File> files = new ArrayList<>();
        try (Stream<Path> paths = directory ? Files.walk(entry) : Stream.of(entry)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
                String relative = ROOT.relativize(path).toString().replace('\\', '/');
                files.add(new File(relative, text, Marker.parse(text)));
            }
        }
        return new Fixture(ruleId, theme, entry, List.copyOf(files));
    }

    /** The fixture directory's {@code .plumb.yaml}, read as a scan would; empty for a single-file fixture. */
    PlumbConfig configuration() {
        Path file = location.resolve(PlumbConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return PlumbConfig.empty();
        }
        Set<String> known = RuleRegistry.builtIn().stream().map(rule -> rule.meta().id()).collect(Collectors.toSet());
        return new ConfigReader(known).read(file);
    }

    List<Marker> markers() {
        return files.stream().flatMap(file -> file.markers().stream()).toList();
    }

    @Override
    public String toString() {
        return theme + "/" + location.getFileName();
    }
}
