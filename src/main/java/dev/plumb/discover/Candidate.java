package dev.plumb.discover;

import java.nio.file.Path;

/**
 * A regular file the walk found and did not rule out.
 *
 * @param identity the file system's own key (device and inode), so a file reached through a symlink
 *     is recognised as one already found; the path when the file system offers none
 */
record Candidate(Path absolutePath, String path, long size, Object identity) {}
