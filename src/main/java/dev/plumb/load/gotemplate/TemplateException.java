package dev.plumb.load.gotemplate;

/**
 * A template that cannot be parsed or executed, at the template's own line and column so the operator
 * can find the action; the message never quotes values, which may be secrets.
 */
public final class TemplateException extends RuntimeException {

    private final int line;
    private final int column;

    public TemplateException(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
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
