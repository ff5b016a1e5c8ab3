package dev.plumb.load.gotemplate;

/**
 * A template that cannot be parsed or executed, at the template's own line and column so the operator
 * can find the action; the message never quotes values, which may be secrets.
 */
public final class TemplateException extends RuntimeException {

    private final int line;
    private final int column;
    private final boolean afterUnresolved;

    public TemplateException(int line, int column, String message) {
        this(line, column, message, false);
    }

    private TemplateException(int line, int column, String message, boolean afterUnresolved) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
        this.afterUnresolved = afterUnresolved;
    }

    /** The same error, raised after the template used a value plumb does not compute (env, exec, a secret). */
    TemplateException afterUnresolved() {
        return new TemplateException(line, column, getMessage(), true);
    }

    /**
     * True when the template had used an {@link Unresolved} value before failing: with the real value it
     * may well render, so the failure says nothing about the template, only that plumb cannot tell.
     */
    public boolean isAfterUnresolved() {
        return afterUnresolved;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** "line:col: message", as Go templates say it. */
    public String located() {
        return line + ":" + column + ": " + getMessage();
    }
}
