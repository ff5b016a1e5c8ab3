package dev.plumb.model;

/** A file or directory the scan did not read, and why: operators must never wonder what was left out. */
public record SkippedFile(String path, String reason) {}
