package dev.plumb.load.yaml;

import dev.plumb.model.IgnoreDirective;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.Resource;
import java.util.List;

/**
 * What one YAML/JSON file contributed. {@code setAside} marks a file recognised as a template for
 * another loader (Helm): it is neither loaded nor reported as broken.
 */
public record LoadedFile(List<Resource> resources, List<LoadProblem> problems, List<IgnoreDirective> ignores,
                         boolean setAside) {

    /** Read, and nothing for this loader in it: neither objects nor problems. */
    static LoadedFile textOnly(List<IgnoreDirective> ignores) {
        return new LoadedFile(List.of(), List.of(), ignores, false);
    }

    static LoadedFile setAside(List<IgnoreDirective> ignores) {
        return new LoadedFile(List.of(), List.of(), ignores, true);
    }
}
