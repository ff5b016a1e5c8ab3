package dev.plumb.rules.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.engine.Engine;
import dev.plumb.engine.EngineSettings;
import dev.plumb.engine.RuleRegistry;
import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.result.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The secrets theme's fixtures as one repository, every built-in rule run over it: no message may
 * carry a Secret or ConfigMap value, an env value, or a line of key material from any of its files.
 */
class SecretFixturesLeakTest {

    private static final Path THEME = Path.of("src", "test", "resources", "rules", "secrets");
    /** Shorter fragments are ordinary words ("shop", "true") that messages may well contain. */
    private static final int MIN_LENGTH = 10;

    @Test
    void messagesCarryNoValueOfTheFixtures() throws IOException {
        List<Resource> resources = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<IgnoreDirective> ignores = new ArrayList<>();
        List<TextFile> texts = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(THEME)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = THEME.getParent().relativize(path).toString().replace('\\', '/');
                String text = Files.readString(path);
                texts.add(new TextFile(relative, text));
                text.lines().map(String::strip).filter(SecretFixturesLeakTest::isKeyMaterial).forEach(secrets::add);
                if (relative.endsWith(".yaml")) {
                    LoadedFile loaded = YamlLoader.load(relative, text);
                    resources.addAll(loaded.resources());
                    problems.addAll(loaded.problems());
                    ignores.addAll(loaded.ignores());
                }
            }
        }
        resources.forEach(resource -> collectValues(resource, secrets));
        secrets.removeIf(value -> value.length() < MIN_LENGTH);
        Platform platform = new Platform(resources, problems, ignores, texts);
        List<Finding> findings = new Engine(RuleRegistry.builtIn(), EngineSettings.defaults()).run(platform);
        assertThat(secrets).hasSizeGreaterThan(50);
        assertThat(findings).hasSizeGreaterThan(40);
        for (Finding finding : findings) {
            for (String secret : secrets) {
                assertThat(finding.message()).as("message of %s at %s", finding.rule().id(), finding.location())
                        .doesNotContain(secret);
            }
        }
    }

    /** A base64 line of a key body, or a token-like value on its own line. */
    private static boolean isKeyMaterial(String line) {
        return line.matches("[A-Za-z0-9+/=]{16,}");
    }

    /** Every Secret value (decoded too), and the ConfigMap and env values the heuristics call sensitive. */
    private static void collectValues(Resource resource, List<String> values) {
        boolean secret = resource.isKind("Secret");
        for (String section : new String[] {"data", "stringData", "binaryData"}) {
            resource.body().get(section).fields().forEach((key, value) -> {
                String text = value.text();
                if (text == null) {
                    return;
                }
                if (secret) {
                    addValue(text, values);
                    if (section.equals("data")) {
                        addValue(SecretValues.decode(text), values);
                    }
                } else if (SensitiveContent.describe(key, text, "characters").isPresent()) {
                    addValue(text, values);
                }
            });
        }
        collectEnv(resource.body(), values);
    }

    /** Sensitive env values anywhere in the object, pod templates of every depth included. */
    private static void collectEnv(Node node, List<String> values) {
        if (node.isMap()) {
            node.fields().forEach((key, child) -> {
                if (key.equals("env")) {
                    child.elements().forEach(variable -> {
                        String name = variable.get("name").textOr("");
                        String value = variable.get("value").text();
                        if (value != null && SensitiveContent.describe(name, value, "characters").isPresent()) {
                            addValue(value, values);
                        }
                    });
                }
                collectEnv(child, values);
            });
        } else if (node.isList()) {
            node.elements().forEach(child -> collectEnv(child, values));
        }
    }

    private static void addValue(String text, List<String> values) {
        values.add(text.strip());
        text.lines().map(line -> line.replaceFirst("^[^=:]*[=:]\\s*", "").strip()).forEach(values::add);
    }
}
