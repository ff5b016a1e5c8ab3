package dev.plumb.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "plumb",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tells the truth about an infrastructure repository, from its code.",
        subcommands = {ScanCommand.class, ReportCommand.class, RulesCommand.class, ExplainCommand.class, ChartsCommand.class,
                AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error, 3 internal error.",
                "Shell completion: source <(plumb generate-completion)   (bash; zsh after 'autoload -U bashcompinit && bashcompinit')"})
final class PlumbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** No command given: a usage error, so a script that forgot its subcommand does not pass silently. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
