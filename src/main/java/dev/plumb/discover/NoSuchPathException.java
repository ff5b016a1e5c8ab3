package dev.plumb.discover;

/**
 * A path the user asked to scan cannot be found (or not resolved at all). The message is meant to be
 * shown to the user as is.
 */
public final class NoSuchPathException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    NoSuchPathException(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The path as the user gave it. */
    public String path() {
        return path;
    }
}
