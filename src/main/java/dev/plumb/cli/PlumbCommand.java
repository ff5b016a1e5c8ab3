package dev.plumb.cli;

import picocli.CommandLine.Command;

@Command(name = "plumb",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tells the truth about an infrastructure repository, from its code.",
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error, 3 internal error.",
                "Shell completion: source <(plumb generate-completion)   (bash; zsh after 'autoload -U bashcompinit && bashcompinit')"})
final class PlumbCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
