package dev.plumb.rules.capabilities;

import dev.plumb.load.yaml.LoadedFile;
import dev.plumb.load.yaml.YamlLoader;
import dev.plumb.model.Platform;
import dev.plumb.model.Position;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A repository in a few lines: files by path, loaded the way a scan loads them. */
final class Repo {

    record Reported(String file, int line, String message) {}

    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, String> declared = new LinkedHashMap<>();

    static Repo with(String path, String text) {
        return new Repo().and(path, text);
    }

    Repo and(String path, String text) {
        files.put(path, text.stripIndent());
        return this;
    }

    Repo declaring(String capability, String where) {
        declared.put(capability, where);
        return this;
    }

    RuleSettings settings() {
        return new RuleSettings(List.of(), List.of(), RuleSettings.DEFAULT_MAX_FILE_LINES, declared);
    }

    Platform platform() {
        List<Resource> resources = new ArrayList<>();
        List<TextFile> texts = new ArrayList<>();
        files.forEach((path, text) -> {
            texts.add(new TextFile(path, text));
            if (path.endsWith(".yaml") || path.endsWith(".yml")) {
                LoadedFile loaded = YamlLoader.load(path, text);
                resources.addAll(loaded.resources());
            }
        });
        return new Platform(resources, List.of(), List.of(), texts);
    }

    /** Runs the rule, built with this repository's settings, and returns what it reported. */
    List<Reported> run(Function<RuleSettings, PlatformRule> rule) {
        List<Reported> reported = new ArrayList<>();
        Findings sink = (Subject subject, Position at, int endLine, String message) ->
                reported.add(new Reported(at.file(), at.line(), message));
        rule.apply(settings()).check(platform(), sink);
        return reported;
    }
}
