package dev.plumb.load.terraform;

import dev.plumb.load.InputFile;
import dev.plumb.load.LoadContext;
import dev.plumb.load.LoadOutput;
import dev.plumb.load.SourceLoader;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.HelmRelease;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.SourceKind;
import dev.plumb.model.SourceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Terraform stacks and their var files: each stack evaluated, its {@code kubernetes_*} resources made
 * objects. A file that does not parse is not analysed; one holding a {@code helm_release} is analysed
 * in part until plumb renders the chart.
 */
public final class TerraformSources implements SourceLoader {

    @Override
    public boolean claims(SourceKind kind, String path) {
        return kind == SourceKind.TERRAFORM || path.endsWith(".tfvars");
    }

    @Override
    public void load(List<InputFile> files, LoadContext context, LoadOutput output) {
        List<TerraformStacks.Source> stacks = new ArrayList<>();
        for (InputFile file : files) {
            if (file.kind() == SourceKind.TERRAFORM) {
                stacks.add(new TerraformStacks.Source(file.path(), file.text()));
            }
        }
        List<LoadProblem> problems = new ArrayList<>();
        Set<String> releases = new HashSet<>();
        if (!stacks.isEmpty()) {
            TerraformStacks.Loaded loaded = TerraformStacks.load(stacks, RepositoryFiles.under(context.root()),
                    new TerraformStacks.Settings(context.terraformVarFiles(), Set.copyOf(output.manifests())));
            output.addResources(loaded.resources());
            problems.addAll(loaded.problems());
            output.addTerraformBlocks(loaded.blocks());
            output.addHelmReleases(loaded.helmReleases());
            output.notScanned(loaded.notScanned());
            // A file a stack renders with templatefile() is its template, YAML only once rendered: no parse error.
            output.reclaim(loaded.templateFiles(), path -> FileCoverage.analysed(path, SourceType.TERRAFORM));
            loaded.helmReleases().stream().map(HelmRelease::file).forEach(releases::add);
        }
        // Var files nobody loads automatically (prod.tfvars, passed with -var-file) are read too: a broken one
        // would fail the operator's next apply. Those a stack reads report the same problem, merged as one finding.
        for (InputFile file : files) {
            if (file.path().endsWith(".tfvars")) {
                problems.addAll(TerraformLoader.syntaxProblems(file.path(), file.text()));
            }
        }
        output.addProblems(problems);
        // notScanned names each module call plumb did not follow as "file.tf:line".
        Set<String> remoteCalls = new HashSet<>();
        output.notScannedFiles().forEach(skipped -> remoteCalls.add(skipped.path().replaceAll(":\\d+$", "")));
        Set<String> broken = new HashSet<>();
        problems.forEach(problem -> broken.add(problem.position().file()));
        // A broken block costs only itself: a file whose other blocks were read is analysed in part.
        Set<String> read = new HashSet<>();
        output.terraformBlocks().forEach(block -> read.add(block.file()));
        for (InputFile file : files) {
            if (broken.contains(file.path())) {
                Set<String> unseenKinds = UnparsedKinds.in(file.text());
                output.cover(read.contains(file.path())
                        ? FileCoverage.partial(file.path(), SourceType.TERRAFORM, FileCoverage.PARSE_ERROR, unseenKinds)
                        : FileCoverage.notAnalysed(file.path(), SourceType.TERRAFORM, FileCoverage.PARSE_ERROR, unseenKinds));
            } else if (releases.contains(file.path())) {
                output.cover(FileCoverage.partial(file.path(), SourceType.TERRAFORM, FileCoverage.RELEASE_NOT_RENDERED, Set.of()));
            } else if (remoteCalls.contains(file.path())) {
                // What a registry or git module creates is unseen; mostly cloud resources, so no kind is assumed.
                output.cover(FileCoverage.partial(file.path(), SourceType.TERRAFORM, FileCoverage.MODULE_NOT_FOLLOWED, Set.of()));
            } else {
                output.cover(FileCoverage.analysed(file.path(), SourceType.TERRAFORM));
            }
        }
    }
}
