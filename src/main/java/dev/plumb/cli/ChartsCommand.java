package dev.plumb.cli;

import dev.plumb.engine.ScanOptions;
import dev.plumb.engine.Scanner;
import dev.plumb.load.helm.ChartCache;
import dev.plumb.load.helm.ChartPuller;
import dev.plumb.load.helm.RemoteCharts;
import dev.plumb.model.Platform;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "charts", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Charts from outside the repository, which a scan renders from the chart cache.",
        subcommands = {ChartsCommand.Pull.class})
final class ChartsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.CLEAN;
    }

    @Command(name = "pull", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Fetch every chart the repository's releases pin (Flux HelmRelease, Argo CD Application, "
                    + "Terraform helm_release, helmfile, Kustomize helmCharts) into the chart cache, over the network.",
                    "The cache is $" + ChartCache.ENVIRONMENT + ", else $XDG_CACHE_HOME/plumb/charts, else ~/.cache/plumb/charts; "
                            + "`helm pull <repo>/<chart> --version <v> -d <cache>` fills it the same way."},
            footer = {"", "Exit codes: 0 every chart is in the cache, 1 some could not be fetched, 2 usage error."})
    static final class Pull implements Callable<Integer> {

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "Repository folders (default: the current folder).")
        List<Path> paths;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Path> roots = paths == null || paths.isEmpty() ? List.of(Path.of(".")) : paths;
            Platform platform = new Scanner(List.of()).load(roots, ScanOptions.defaults());
            List<RemoteCharts.RemoteChart> charts = RemoteCharts.in(platform.resources(), platform.helmReleases());
            ChartCache cache = ChartCache.ofThisMachine();
            PrintWriter out = spec.commandLine().getOut();
            if (charts.isEmpty()) {
                out.println("No release of the repository pins a chart from outside it.");
                out.flush();
                return ExitCodes.CLEAN;
            }
            ChartPuller puller = new ChartPuller(cache);
            int failed = 0;
            for (RemoteCharts.RemoteChart chart : charts) {
                ChartPuller.Pulled pulled = puller.pull(chart);
                if (pulled.ok()) {
                    out.println("ok      " + chart.describe() + " → " + pulled.archive());
                } else {
                    failed++;
                    out.println("failed  " + chart.describe() + " (" + chart.declaredAt().file() + ":" + chart.declaredAt().line()
                            + "): " + pulled.failure());
                }
            }
            out.println((charts.size() - failed) + " of " + charts.size() + " charts in " + cache.folder());
            out.flush();
            return failed == 0 ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
        }
    }
}
