package dev.plumb.discover;

import dev.plumb.model.SourceKind;
import java.nio.file.Path;

/**
 * A file the scan read.
 *
 * @param path relative to the scanned root, {@code /}-separated
 * @param text the content without a UTF-8 byte order mark; line endings kept as they are
 * @param invalidUtf8Line 1-based line of the first byte that is not UTF-8 (the text was then read as
 *     ISO-8859-1), or 0 when the file is valid UTF-8
 */
public record SourceFile(Path absolutePath, String path, SourceKind kind, String text, int invalidUtf8Line) {}
