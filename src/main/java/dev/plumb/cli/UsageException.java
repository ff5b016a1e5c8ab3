package dev.plumb.cli;

/** A request plumb cannot carry out as asked (an unknown rule id, an unwritable output file). Exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
