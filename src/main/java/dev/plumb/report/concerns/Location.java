package dev.plumb.report.concerns;

/**
 * One place a concern shows: {@code path:line} and what is there ("Deployment/blog/blog container
 * nginx"); {@code subject} is empty for findings about a file rather than an object, {@code detail}
 * names the rule in a concern that gathers several ("no livenessProbe"), else empty.
 */
public record Location(String file, int line, String subject, String detail) {

    public String where() {
        return file + ":" + line;
    }
}
