package dev.plumb.rule;

/** Why a finding is not counted: {@code by} is "inline", "annotation" or "config". */
public record Suppression(String by, String reason) {}
