package dev.plumb.load;

import dev.plumb.model.SourceKind;

/**
 * A file handed to the loaders, as discovery read and classified it.
 *
 * @param path              root-relative, {@code /}-separated
 * @param invalidUtf8Line   the line of the first byte that was not UTF-8, or 0
 * @param assignedNamespace the namespace the repository's kustomizations build the file into, or null
 */
public record InputFile(String path, SourceKind kind, String text, int invalidUtf8Line, String assignedNamespace) {}
