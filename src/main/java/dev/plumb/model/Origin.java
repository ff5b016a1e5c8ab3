package dev.plumb.model;

/**
 * Where a resource came from: the file, the line its document starts on, and which loader made it
 * ("yaml" now; "helm", "terraform" later), so reports can say how an object entered the platform.
 */
public record Origin(String file, int line, String loader) {}
