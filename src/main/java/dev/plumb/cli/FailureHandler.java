package dev.plumb.cli;

import picocli.CommandLine;

/**
 * Prints a one-line message for failures instead of a stack trace: a user error (bad config,
 * missing path) exits 2; anything else is plumb's own fault and exits 3. PLUMB_DEBUG=1 shows the trace.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (ExitCodes.isUserError(error)) {
            err.println("plumb: " + error.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("plumb: internal error: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + firstLine(error.getMessage())));
        err.println("This is a bug in plumb, not in your files. Run again with PLUMB_DEBUG=1 for details and report it.");
        if ("1".equals(System.getenv("PLUMB_DEBUG"))) {
            error.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
