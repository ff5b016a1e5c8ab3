package dev.plumb.cli;

import picocli.CommandLine;

/** Entry point: runs the command line and turns every outcome into one of plumb's exit codes. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs plumb in this process and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new PlumbCommand());
        commandLine.setExitCodeExceptionMapper(ExitCodes::forException);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine.execute(args);
    }
}
