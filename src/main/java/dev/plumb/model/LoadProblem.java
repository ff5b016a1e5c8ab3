package dev.plumb.model;

/** A file, or part of one, that a loader could not read, with the parser's own words. */
public record LoadProblem(Position position, String message) {}
