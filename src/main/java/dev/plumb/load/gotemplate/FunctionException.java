package dev.plumb.load.gotemplate;

/** A function refusing its arguments; the executor adds the action's line and column. */
public final class FunctionException extends RuntimeException {

    public FunctionException(String message) {
        super(message, null, false, false);
    }
}
