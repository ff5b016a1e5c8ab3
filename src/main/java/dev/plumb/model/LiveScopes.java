package dev.plumb.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the repository that are not the running platform: retired or test folders, and
 * Terraform modules no stack calls. A path is live unless one of its folders is listed; the
 * outermost listed folder gives the reason, so one line per folder can say what was left out.
 */
public final class LiveScopes {

    public static final LiveScopes ALL_LIVE = new LiveScopes(Map.of());

    private final Map<String, NotLive> folders;

    public LiveScopes(Map<String, NotLive> folders) {
        this.folders = Map.copyOf(folders);
    }

    /** The same scopes and {@code more}; a folder already listed keeps its first reason. */
    public LiveScopes plus(Map<String, NotLive> more) {
        Map<String, NotLive> all = new LinkedHashMap<>(folders);
        more.forEach(all::putIfAbsent);
        return new LiveScopes(all);
    }

    /** Why {@code path} (root-relative) is not live, or empty when it is. */
    public Optional<NotLive> of(String path) {
        if (folders.isEmpty()) {
            return Optional.empty();
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            NotLive found = folders.get(path.substring(0, slash));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    public boolean isLive(String path) {
        return of(path).isEmpty();
    }

    public Map<String, NotLive> folders() {
        return folders;
    }
}
