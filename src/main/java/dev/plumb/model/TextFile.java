package dev.plumb.model;

import java.util.List;

/**
 * A file of the repository as text, whatever plumb made of it: manifests, chart templates, scripts,
 * notes. Rules about the text itself (markers, key material, size) read these.
 *
 * @param path relative to the scanned root, '/'-separated
 */
public record TextFile(String path, String text) {

    /** The file name without directories. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The extension in lower case without the dot, "" when there is none. */
    public String extension() {
        String name = name();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Lines without their terminators; line N of the file is element N-1. */
    public List<String> lines() {
        return text.lines().toList();
    }

    public Position positionOf(int line) {
        return new Position(path, line, 1);
    }
}
