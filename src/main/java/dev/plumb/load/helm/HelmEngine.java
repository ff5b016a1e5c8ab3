package dev.plumb.load.helm;

import com.marcnuri.helm.TemplateCommand;
import com.marcnuri.helm.jni.HelmLib;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Real Helm, in-process: renders a chart directory as {@code helm template} does, from the values files
 * given. The native library is loaded on the first render only, so a scan without charts never pays for
 * it, and it is never downloaded: a platform without its native jar cannot render, and says so.
 */
final class HelmEngine {

    /** A current Kubernetes version for {@code .Capabilities.KubeVersion}: Helm's default is v1.20. */
    static final String KUBE_VERSION = "v1.33.0";

    private static final String SKIP_REMOTE_JAR = "com.marcnuri.jkube-helm.skipRemoteJar";

    /** How long one render may take. */
    static final int TIME_LIMIT_SECONDS = 30;

    private static volatile String unavailable;

    private HelmEngine() {}

    /** The rendered manifests, or a {@link RenderFailure} carrying Helm's own message. */
    static String template(Path chart, String release, String namespace, List<Path> valuesFiles) {
        return template(chart, release, namespace, valuesFiles, TIME_LIMIT_SECONDS);
    }

    static String template(Path chart, String release, String namespace, List<Path> valuesFiles, int limitSeconds) {
        TemplateCommand command = new TemplateCommand(library(), chart)
                .withName(release)
                .withNamespace(namespace)
                .withKubeVersion(KUBE_VERSION);
        for (Path values : valuesFiles) {
            command = command.withValuesFile(values);
        }
        try {
            return withinTimeLimit(command, limitSeconds);
        } catch (IllegalStateException failure) {
            throw new RenderFailure(HelmMessages.clean(failure.getMessage()), false);
        }
    }

    /** Helm's library, or an engine failure when it cannot load here: no chart can render in this run then. */
    private static HelmLib library() {
        if (unavailable != null) {
            throw new RenderFailure(unavailable, true);
        }
        System.setProperty(SKIP_REMOTE_JAR, "true");
        try {
            return NativeHelm.library();
        } catch (LinkageError | RuntimeException missing) {
            unavailable = "Helm could not start on this machine (" + missing.getClass().getSimpleName() + ")";
            throw new RenderFailure(unavailable, true);
        }
    }

    /**
     * Helm's answer, or a failure after the time limit: a template that loops for minutes
     * (a {@code range} over {@code until 100000000}) must not hold the whole scan. Helm cannot be
     * interrupted; its thread is a daemon, left to finish or to end with the process.
     */
    private static String withinTimeLimit(TemplateCommand command, int limitSeconds) {
        FutureTask<String> render = new FutureTask<>(command::call);
        Thread thread = new Thread(render, "helm renderer");
        thread.setDaemon(true);
        thread.start();
        try {
            return render.get(limitSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            throw new RenderFailure("Helm did not finish rendering within " + limitSeconds + " s", false);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RenderFailure("rendering was interrupted", false);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
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
