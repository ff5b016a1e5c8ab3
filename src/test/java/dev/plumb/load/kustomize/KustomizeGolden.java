package dev.plumb.load.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.Node;
import dev.plumb.model.SkippedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fixture overlays under src/test/resources/kustomize and what {@code kubectl kustomize} (Kustomize
 * v5.5.0) printed for them, recorded once: the comparison is of parsed objects, by kind, namespace and name.
 */
final class KustomizeGolden {

    static final Path FIXTURES = Path.of("src", "test", "resources", "kustomize");

    final Map<String, Set<String>> notBuilt = new HashMap<>();
    final Map<String, SkippedFile> unresolved = new LinkedHashMap<>();
    final List<HelmRelease> releases = new ArrayList<>();

    OverlayBuilder.Build build(String fixture, String kustomization) {
        Path root = FIXTURES.resolve(fixture);
        return new OverlayBuilder(new RepoFiles(root, scanned(root)), notBuilt, unresolved, releases).build(kustomization);
    }

    /** Every file of a fixture, as a scan would have read it. */
    private static Map<String, String> scanned(Path root) {
        Map<String, String> texts = new HashMap<>();
        try (var walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                texts.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        return texts;
    }

    /** Objects as plain values keyed "Kind/namespace/name", scalars as their text. */
    static Map<String, Object> plain(List<Node> documents) {
        Map<String, Object> objects = new TreeMap<>();
        for (Node document : documents) {
            objects.put(key(document), plain(document));
        }
        return objects;
    }

    static Map<String, Object> expected(String fixture, String golden) throws IOException {
        Path file = FIXTURES.resolve(fixture).resolve(golden);
        YamlDocuments parsed = YamlDocuments.parse(golden, Files.readString(file));
        assertThat(parsed.problems()).isEmpty();
        return plain(parsed.documents().stream().filter(d -> !d.isNull()).toList());
    }

    static Map<String, Object> actual(OverlayBuilder.Build build) {
        return plain(build.objects().stream().map(object -> (Node) object.body).toList());
    }

    static BuiltObject object(OverlayBuilder.Build build, String key) {
        return build.objects().stream().filter(o -> key(o.body).equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key));
    }

    private static String key(Node document) {
        return document.get("kind").textOr("") + "/" + document.path("metadata", "namespace").textOr("") + "/"
                + document.path("metadata", "name").textOr("");
    }

    private static Object plain(Node node) {
        if (node.isMap()) {
            Map<String, Object> map = new TreeMap<>();
            node.fields().forEach((key, value) -> map.put(key, plain(value)));
            return map;
        }
        if (node.isList()) {
            return node.elements().stream().map(KustomizeGolden::plain).toList();
        }
        return node.text() == null ? "<null>" : node.text();
    }
}
