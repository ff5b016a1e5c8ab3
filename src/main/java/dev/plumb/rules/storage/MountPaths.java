package dev.plumb.rules.storage;

import dev.plumb.model.Container;
import dev.plumb.model.MissingNode;
import dev.plumb.model.Node;
import dev.plumb.model.PodSpec;

/** Path arithmetic on mount points and a pod's volumes, shared by the storage rules. */
final class MountPaths {

    private MountPaths() {
    }

    /** "/var/lib/mysql/" and "/var/lib/mysql" are the same directory. */
    static String normalise(String path) {
        String trimmed = path.strip();
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** True when {@code path} is {@code directory} or lies below it, compared segment by segment. */
    static boolean isWithin(String path, String directory) {
        String p = normalise(path);
        String d = normalise(directory);
        return p.equals(d) || d.equals("/") || p.startsWith(d + "/");
    }

    /** The pod volume called {@code name}, or missing. */
    static Node volume(PodSpec pod, String name) {
        for (Node volume : pod.volumes()) {
            if (name.equals(volume.get("name").text())) {
                return volume;
            }
        }
        return MissingNode.INSTANCE;
    }

    /** The container's mount of {@code volume} that it may write to, or missing. */
    static Node writableMount(Container container, String volume) {
        for (Node mount : container.volumeMounts()) {
            if (volume.equals(mount.get("name").text()) && !mount.get("readOnly").isTrue()) {
                return mount;
            }
        }
        return MissingNode.INSTANCE;
    }
}
