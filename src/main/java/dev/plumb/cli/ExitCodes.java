package dev.plumb.cli;

import dev.plumb.config.ConfigError;
import dev.plumb.discover.NoSuchPathException;

/** The exit codes a pipeline can gate on. */
final class ExitCodes {

    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }

    static int forException(Throwable error) {
        return isUserError(error) ? USAGE : INTERNAL;
    }

    static boolean isUserError(Throwable error) {
        return error instanceof ConfigError || error instanceof NoSuchPathException || error instanceof UsageException;
    }
}
