package dev.plumb.load.terraform;

import dev.plumb.model.Position;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every evaluation of one scan shares: the files functions may read, and the YAML files whose
 * decoded values keep their own lines ({@code yamldecode(file("x.yaml"))}: findings point into x.yaml).
 */
final class Evaluation {

    /** Module instances one scan creates at most: for_each inside for_each, nested, multiplies quickly. */
    static final int MAX_MODULE_INSTANCES = 5000;

    private final RepositoryFiles files;
    private final Set<String> anchoredFiles = ConcurrentHashMap.newKeySet();
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
