package dev.plumb.cli;

import dev.plumb.config.ConfigReader;
import dev.plumb.config.PlumbConfig;
import dev.plumb.rule.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds and reads the configuration every scanning command uses: {@code --config}, else {@code .plumb.yaml} beside the first path. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    static PlumbConfig load(Path explicit, List<Path> paths, List<Rule> rules) {
        Set<String> known = rules.stream().map(rule -> rule.meta().id()).collect(Collectors.toUnmodifiableSet());
        ConfigReader reader = new ConfigReader(known);
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new UsageException("configuration file not found: " + explicit);
            }
            return reader.read(explicit);
        }
        Path first = paths.get(0);
        Path directory = Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
        Path implicit = directory == null ? null : directory.resolve(PlumbConfig.FILE_NAME);
        return implicit != null && Files.isRegularFile(implicit) ? reader.read(implicit) : PlumbConfig.empty();
    }
}
