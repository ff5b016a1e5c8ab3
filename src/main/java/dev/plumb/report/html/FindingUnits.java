package dev.plumb.report.html;

import dev.plumb.result.Finding;

/** Names the unit — a chart, a stack, a service's folder — a finding belongs to, for "findings by unit". */
@FunctionalInterface
public interface FindingUnits {

    String unitOf(Finding finding);
}
