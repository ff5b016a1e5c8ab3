package dev.plumb.model;

import java.util.List;

/**
 * A release of a Helm chart that something in the repository deploys (a Terraform {@code helm_release},
 * a helmfile release, a Kustomize {@code helmCharts} entry), as the Helm loader needs it to render the
 * chart: the chart (and its directory in the repository when it is a local chart), the release name and
 * namespace, and the values in the order Helm applies them. Values plumb could not evaluate are
 * null. A {@code set_sensitive} value is never kept: only its name.
 *
 * @param file      the file that declares the release, root-relative
 * @param module    the module call that instantiates the release ({@code module.x}), or ""
 * @param chartPath the chart directory inside the repository ({@code stacks/uptime-kuma/charts/uptime-kuma}),
 *                  or null for a remote chart or one whose path is not known
 * @param deployer  what declares it: {@link #TERRAFORM}, {@link #HELMFILE}, {@link #KUSTOMIZE}
 * @param installed false for a release switched off where it is declared ({@code installed: false})
 */
public record HelmRelease(String file, Position position, String module, String name, String namespace, String chart,
                          String chartPath, String repository, String version, List<Values> values,
                          List<Setting> settings, String deployer, boolean installed) {

    public static final String TERRAFORM = "terraform";
    public static final String HELMFILE = "helmfile";
    public static final String KUSTOMIZE = "kustomize";

    public HelmRelease {
        values = List.copyOf(values);
        settings = List.copyOf(settings);
    }

    /** A Terraform {@code helm_release}: always installed when its stack is applied. */
    public HelmRelease(String file, Position position, String module, String name, String namespace, String chart,
                       String chartPath, String repository, String version, List<Values> values, List<Setting> settings) {
        this(file, position, module, name, namespace, chart, chartPath, repository, version, values, settings, TERRAFORM,
                true);
    }

    public boolean localChart() {
        return chartPath != null;
    }

    /**
     * One source of values, in the order Helm applies them: YAML text (null when it could not be
     * evaluated), and where its first line sits — a values file's line 1, or the line an inline block
     * of values starts on — so a rendered value can be traced back to the line that set it. {@code tree}
     * is the same values as written in a YAML file, each on its own line, when the loader has them
     * (a helmfile's inline values); null otherwise.
     */
    public record Values(Position position, String yaml, Node tree) {

        public Values(Position position, String yaml) {
            this(position, yaml, null);
        }
    }

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
