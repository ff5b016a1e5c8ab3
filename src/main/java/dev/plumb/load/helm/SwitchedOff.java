package dev.plumb.load.helm;

import dev.plumb.load.KindLines;
import dev.plumb.model.FileCoverage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a chart ships but a render left out: the kinds written in its own templates that produced no
 * document. A ServiceMonitor template behind {@code serviceMonitor.enabled: false} is "off by default",
 * which the compliance matrix tells apart from a chart that has no ServiceMonitor at all.
 */
final class SwitchedOff {

    private SwitchedOff() {}

    static Set<String> kinds(Path chartDir, String rendered) {
        Map<String, Set<String>> made = new HashMap<>();
        for (RenderedDocuments.Document document : RenderedDocuments.split(rendered)) {
            int slash = document.source().indexOf('/');
            String template = slash < 0 ? document.source() : document.source().substring(slash + 1);
            made.computeIfAbsent(template, key -> new HashSet<>()).addAll(KindLines.in(document.text()));
        }
        Set<String> kinds = new TreeSet<>();
        Path templates = chartDir.resolve("templates");
        if (!Files.isDirectory(templates)) {
            return kinds;
        }
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String inChart = chartDir.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("_") || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    continue;
                }
                // A template may make its Deployment always and its ServiceMonitor only when asked.
                Set<String> written = new TreeSet<>(KindLines.in(Files.readString(file, StandardCharsets.UTF_8)));
                written.removeAll(made.getOrDefault(inChart, Set.of()));
                written.remove(FileCoverage.ANY_KIND);
                kinds.addAll(written);
            }
        } catch (IOException | UncheckedIOException unreadable) {
            return kinds;
        }
        return kinds;
    }
}
