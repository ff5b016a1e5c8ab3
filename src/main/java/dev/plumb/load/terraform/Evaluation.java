package dev.plumb.load.terraform;

import dev.plumb.model.Position;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every evaluation of one scan shares: the files functions may read, the YAML files whose
 * decoded values keep their own lines ({@code yamldecode(file("x.yaml"))}: findings point into x.yaml),
 * and the templates {@code templatefile()} read.
 */
final class Evaluation {

    /** Module instances one scan creates at most: for_each inside for_each, nested, multiplies quickly. */
    static final int MAX_MODULE_INSTANCES = 5000;

    private final RepositoryFiles files;
    private final Set<String> anchoredFiles = ConcurrentHashMap.newKeySet();
    private final Set<String> templateFiles = ConcurrentHashMap.newKeySet();
    private int instancesLeft = MAX_MODULE_INSTANCES;
    private Position exhaustedAt;

    Evaluation(RepositoryFiles files) {
        this.files = files;
    }

    RepositoryFiles files() {
        return files;
    }

    void anchor(String file) {
        anchoredFiles.add(file);
    }

    boolean isAnchored(String file) {
        return anchoredFiles.contains(file);
    }

    /** A file a {@code templatefile()} call read, by the path evaluation resolved. */
    void noteTemplate(String file) {
        templateFiles.add(file);
    }

    Set<String> templateFiles() {
        return templateFiles;
    }

    /** Takes one module instance from the scan's budget; false, remembering the call, once it is spent. */
    boolean takeInstance(Position call) {
        if (instancesLeft > 0) {
            instancesLeft--;
            return true;
        }
        if (exhaustedAt == null) {
            exhaustedAt = call;
        }
        return false;
    }

    /** The first module call plumb stopped instantiating, or null. */
    Position exhaustedAt() {
        return exhaustedAt;
    }
}
