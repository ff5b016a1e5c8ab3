package dev.plumb.rules.secrets;

import dev.plumb.model.TextFile;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Names of the Secrets and ConfigMaps a kustomization generates ({@code secretGenerator},
 * {@code configMapGenerator}). The model does not load kustomization files as objects, so this reads
 * their text. Generated objects land in whatever namespace the overlay that builds them assigns, so
 * callers treat the names as made in every namespace: a reference to one is never reported missing.
 */
final class KustomizeGenerators {

    private static final Set<String> FILE_NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private KustomizeGenerators() {
    }

    static Map<ObjectCatalog.Kind, Set<String>> of(TextFile file) {
        if (!FILE_NAMES.contains(file.name()) || !file.text().contains("Generator")) {
            return Map.of();
        }
        Object document;
        try {
            document = new Load(LoadSettings.builder().build()).loadFromString(file.text());
        } catch (RuntimeException unreadable) {
            // The loader reports a broken file; here it only contributes no names.
            return Map.of();
        }
        if (!(document instanceof Map<?, ?> fields)) {
            return Map.of();
        }
        Map<ObjectCatalog.Kind, Set<String>> names = new EnumMap<>(ObjectCatalog.Kind.class);
        names.put(ObjectCatalog.Kind.SECRET, namesIn(fields.get("secretGenerator")));
        names.put(ObjectCatalog.Kind.CONFIG_MAP, namesIn(fields.get("configMapGenerator")));
        return names;
    }

    private static Set<String> namesIn(Object generators) {
        Set<String> names = new LinkedHashSet<>();
        if (generators instanceof List<?> list) {
            for (Object generator : list) {
                if (generator instanceof Map<?, ?> entry && entry.get("name") instanceof String name && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }
}
