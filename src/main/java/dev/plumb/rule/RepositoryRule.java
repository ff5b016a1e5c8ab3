package dev.plumb.rule;

/**
 * A platform rule about the repository as a whole ("no backup mechanism anywhere"). It only runs
 * when plumb scans directories: a scan of a few named files (a pre-commit hook) cannot tell what
 * the rest of the repository holds.
 */
public interface RepositoryRule extends PlatformRule {
}
