package dev.plumb.report.compliance;

import java.util.List;

/**
 * Why a cell is ✘ for one subject: the workload ("Deployment/blog/blog"), or the file location or
 * unit a finding without a workload points at, and the causes — rule ids of the findings, or a
 * fact in words ("runs as ServiceAccount default"). For a ? cell the subject is the unit and the one
 * reason says what plumb did not analyse ("5 files of this Helm chart are not rendered yet").
 */
public record Gap(String subject, List<String> reasons) {

    public Gap {
        reasons = List.copyOf(reasons);
    }
}
