package dev.plumb.load.helm;

import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.List;

/**
 * Real Helm, in-process: renders a chart directory as {@code helm template} does, from the values files
 * given. The native library is loaded on the first render only, so a scan without charts never pays for
 * it, and it is never downloaded: a platform without its native jar cannot render, and says so.
 */
final class HelmEngine {

    /** A current Kubernetes version for {@code .Capabilities.KubeVersion}: Helm's default is v1.20. */
    static final String KUBE_VERSION = "v1.33.0";

    private static final String SKIP_REMOTE_JAR = "com.marcnuri.jkube-helm.skipRemoteJar";

    private static volatile String unavailable;

    private HelmEngine() {}

    /** The rendered manifests, or a {@link RenderFailure} carrying Helm's own message. */
    static String template(Path chart, String release, String namespace, List<Path> valuesFiles) {
        if (unavailable != null) {
            throw new RenderFailure(unavailable, true);
        }
        System.setProperty(SKIP_REMOTE_JAR, "true");
        try {
            TemplateCommand command = new TemplateCommand(NativeHelm.library(), chart)
                    .withName(release)
                    .withNamespace(namespace)
                    .withKubeVersion(KUBE_VERSION);
            for (Path values : valuesFiles) {
                command = command.withValuesFile(values);
            }
            return command.call();
        } catch (IllegalStateException failure) {
            throw new RenderFailure(HelmMessages.clean(failure.getMessage()), false);
        } catch (LinkageError | RuntimeException missing) {
            // No native library for this platform (or it would not load): no chart can render in this run.
            unavailable = "Helm could not start on this machine (" + missing.getClass().getSimpleName() + ")";
            throw new RenderFailure(unavailable, true);
        }
    }

    /** Why a chart did not render; {@code engine} when Helm itself is missing rather than the chart at fault. */
    static final class RenderFailure extends RuntimeException {

        private final boolean engine;

        RenderFailure(String message, boolean engine) {
            super(message, null, false, false);
            this.engine = engine;
        }

        boolean engine() {
            return engine;
        }
    }
}
