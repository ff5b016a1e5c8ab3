package dev.plumb.report.html;

/**
 * One titled part of the page — the findings, the concerns, the compliance matrix — with its own
 * entry in the navigation. {@code body} is finished markup whose every piece of
 * repository text has already been through {@link Html#escape}.
 */
record PageSection(String id, String title, String body) {}
