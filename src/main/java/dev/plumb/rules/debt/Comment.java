package dev.plumb.rules.debt;

/**
 * A comment in a text file.
 *
 * @param line      1-based line the comment is on
 * @param text      what follows the comment leader ({@code #}, {@code //}…), untrimmed
 * @param wholeLine true when the line holds nothing but the comment
 */
record Comment(int line, String text, boolean wholeLine) {}
