package dev.plumb.discover;

/** The words shown next to a skipped path; kept in one place so reports and tests agree. */
final class SkipReasons {

    static final String SYMLINK_LOOP = "symlink loop";
    static final String BROKEN_SYMLINK = "broken symlink";
    static final String OUTSIDE_ROOT = "symlink points outside the scanned root";
    static final String NOT_REGULAR = "not a regular file";
    static final String BINARY = "binary file";
    static final String GITIGNORE = ".gitignore";
    static final String PLUMBIGNORE = ".plumbignore";
    static final String CONFIG_EXCLUDE = "excluded by .plumb.yaml";
    static final String OWN_OUTPUT = "a report plumb wrote: its own output is not input";

    private SkipReasons() {}

    static String unreadable(String why) {
        return "unreadable: " + why;
    }

    static String tooLarge(long limitBytes, long actualBytes) {
        return "larger than " + ByteSizes.limit(limitBytes) + " (" + ByteSizes.size(actualBytes) + ")";
    }

    static String sameFileAs(String path) {
        return "same file as " + path;
    }
}
