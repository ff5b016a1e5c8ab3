package dev.plumb.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.engine.Engine;
import dev.plumb.engine.EngineSettings;
import dev.plumb.engine.RuleRegistry;
import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.result.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Operators must never see a secret value in any output. Every value in the fixture's ConfigMaps,
 * and every right-hand side of a setting inside a multi-line value, is checked against every
 * message every built-in rule produces for the fixture.
 */
class NoSecretInMessagesTest {

    private static final String FIXTURE = "secrets/configmap-sensitive-data/configmap-sensitive-data.yaml";
    /** Shorter fragments ("Config", "admin") are ordinary words that a message may well contain. */
    private static final int MIN_LENGTH = 10;

    @Test
    void messagesNameKeysAndLengthsOnly() throws IOException {
        String text = Files.readString(Path.of("src", "test", "resources", "rules").resolve(FIXTURE));
        LoadedFile loaded = YamlLoader.load(FIXTURE, text);
        Platform platform = new Platform(loaded.resources(), loaded.problems(), loaded.ignores());
        List<Finding> findings = new Engine(RuleRegistry.builtIn(), EngineSettings.defaults()).run(platform);
        List<String> values = values(loaded.resources());
        assertThat(values).isNotEmpty();
        assertThat(findings).isNotEmpty();
        for (Finding finding : findings) {
            for (String value : values) {
                assertThat(finding.message()).as("message of %s", finding.rule().id()).doesNotContain(value);
            }
        }
    }

    private static List<String> values(List<Resource> resources) {
        List<String> values = new ArrayList<>();
        for (Resource resource : resources) {
            for (String section : new String[] {"data", "binaryData", "stringData"}) {
                for (Node value : resource.body().get(section).fields().values()) {
                    String text = value.text();
                    if (text == null) {
                        continue;
                    }
                    values.add(text.strip());
                    text.lines()
                            .map(line -> line.replaceFirst("^[^=:]*[=:]\\s*", "").strip())
                            .filter(part -> part.length() >= MIN_LENGTH)
                            .forEach(values::add);
                }
            }
        }
        values.removeIf(value -> value.length() < MIN_LENGTH);
        return values;
    }
}
