package dev.plumb.model;

import java.util.Set;

/**
 * What a loader made of one infrastructure file: the unit coverage is built from, reported by the
 * loader that claimed the file, never guessed afterwards.
 *
 * @param reason    why the file was analysed only in part or not at all ({@link #PARSE_ERROR},
 *                  {@link #NOT_SUPPORTED}, {@link #CHART_NOT_RENDERED}…); empty when it was analysed
 * @param unit      the chart or release the file belongs to where that is what an operator counts, else empty
 * @param mayDefine the Kubernetes kinds the part plumb did not see may define ({@link #ANY_KIND} when
 *                  it cannot tell): rules about a missing object of such a kind stay silent
 * @param definesIn the namespaces those objects land in (a kustomization's {@code namespace:}, a
 *                  helmfile's releases), or empty when they may land in any
 */
public record FileCoverage(String path, SourceType type, Status status, String reason, String unit, Set<String> mayDefine,
                           Set<String> definesIn) {

    public enum Status { ANALYSED, PARTIAL, NOT_ANALYSED }

    public static final String ANY_KIND = "*";

    public static final String PARSE_ERROR = "parse error";
    public static final String NOT_SUPPORTED = "not supported yet";
    public static final String CHART_NOT_RENDERED = "chart not rendered";
    public static final String TEMPLATE_NOT_RENDERED = "template not rendered";
    public static final String RELEASE_NOT_RENDERED = "release chart not rendered";
    public static final String DEPENDENCY_NOT_AVAILABLE = "chart dependency not available offline";
    public static final String VALUES_NOT_KNOWN = "chart needs values the repository does not hold";
    public static final String PATCH_NOT_APPLIED = "patch not applied";
    public static final String MODULE_NOT_FOLLOWED = "remote module not scanned";
    public static final String OVERLAY_NOT_BUILT = "overlay not built";
    public static final String RETIRED = "retired";
    public static final String TEST = "test";

    public FileCoverage {
        reason = reason == null ? "" : reason;
        unit = unit == null ? "" : unit;
        mayDefine = mayDefine == null ? Set.of() : Set.copyOf(mayDefine);
        definesIn = definesIn == null ? Set.of() : Set.copyOf(definesIn);
    }

    public FileCoverage(String path, SourceType type, Status status, String reason, String unit, Set<String> mayDefine) {
        this(path, type, status, reason, unit, mayDefine, Set.of());
    }

    /** The same file, whose unseen objects all land in {@code namespaces}. */
    public FileCoverage definingIn(Set<String> namespaces) {
        return new FileCoverage(path, type, status, reason, unit, mayDefine, namespaces);
    }

    public static FileCoverage analysed(String path, SourceType type) {
        return new FileCoverage(path, type, Status.ANALYSED, "", "", Set.of());
    }

    public static FileCoverage partial(String path, SourceType type, String reason, Set<String> mayDefine) {
        return new FileCoverage(path, type, Status.PARTIAL, reason, "", mayDefine);
    }

    public static FileCoverage notAnalysed(String path, SourceType type, String reason, Set<String> mayDefine) {
        return new FileCoverage(path, type, Status.NOT_ANALYSED, reason, "", mayDefine);
    }

    public FileCoverage inUnit(String name) {
        return new FileCoverage(path, type, status, reason, name, mayDefine, definesIn);
    }

    /** The same file, not judged as part of the platform: it sits in retired or test content. */
    public FileCoverage notLive(String why) {
        return new FileCoverage(path, type, Status.NOT_ANALYSED, why, unit, Set.of());
    }

    public boolean mayDefine(String kind) {
        return mayDefine.contains(ANY_KIND) || mayDefine.contains(kind);
    }
}
