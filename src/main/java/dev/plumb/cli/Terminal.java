package dev.plumb.cli;

/** Whether standard output is a terminal that wants colour (https://no-color.org). */
final class Terminal {

    private Terminal() {
    }

    static boolean wantsColour() {
        String term = System.getenv("TERM");
        return System.console() != null
                && System.getenv("NO_COLOR") == null
                && !"dumb".equals(term);
    }
}
