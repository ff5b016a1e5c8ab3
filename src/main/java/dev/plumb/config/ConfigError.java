package dev.plumb.config;

/** A configuration mistake the operator must fix; the message names the file and line. Exit code 2. */
public final class ConfigError extends RuntimeException {

    public ConfigError(String message) {
        super(message);
    }
}
