package dev.plumb.model;

import java.util.List;

/**
 * A {@code helm_release} of a Terraform stack, as the Helm loader needs it to render the chart: the
 * chart (and its directory in the repository when it is a local chart), the release name and
 * namespace, and the values in the order Helm applies them. Values plumb could not evaluate are
 * null. A {@code set_sensitive} value is never kept: only its name.
 *
 * @param file      the {@code .tf} file, root-relative
 * @param module    the module call that instantiates the release ({@code module.x}), or ""
 * @param chartPath the chart directory inside the repository ({@code stacks/uptime-kuma/charts/uptime-kuma}),
 *                  or null for a remote chart or one whose path is not known
 */
public record HelmRelease(String file, Position position, String module, String name, String namespace, String chart,
                          String chartPath, String repository, String version, List<Values> values,
                          List<Setting> settings) {

    public HelmRelease {
        values = List.copyOf(values);
        settings = List.copyOf(settings);
    }

    public boolean localChart() {
        return chartPath != null;
    }

    /** One element of {@code values = [...]}: YAML text, or null when it could not be evaluated. */
    public record Values(Position position, String yaml) {}

    /**
     * One {@code set}, {@code set_list} or {@code set_sensitive} entry.
     *
     * @param value the value as Helm's {@code --set} takes it ({@code {a,b}} for a list); null when not
     *              known, and always null for a sensitive entry
     */
    public record Setting(Position position, String name, String value, String type, Kind kind) {

        public enum Kind { SET, SET_LIST, SET_SENSITIVE }

        @Override
        public String toString() {
            return kind == Kind.SET_SENSITIVE ? name + "=(sensitive)" : name + "=" + value;
        }
    }
}
