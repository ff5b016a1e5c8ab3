package dev.plumb.load.terraform;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every evaluation of one scan shares: the files functions may read, and the YAML files whose
 * decoded values keep their own lines ({@code yamldecode(file("x.yaml"))}: findings point into x.yaml).
 */
final class Evaluation {

    private final RepositoryFiles files;
    private final Set<String> anchoredFiles = ConcurrentHashMap.newKeySet();

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
}
