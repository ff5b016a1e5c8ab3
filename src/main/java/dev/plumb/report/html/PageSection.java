package dev.plumb.report.html;

/**
 * One titled part of the page after the findings table — the concerns, the compliance matrix —
 * with its own entry in the navigation. {@code body} is finished markup whose every piece of
 * repository text has already been through {@link Html#escape}.
 */
public record PageSection(String id, String title, String body) {}
