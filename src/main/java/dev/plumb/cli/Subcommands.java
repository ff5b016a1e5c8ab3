package dev.plumb.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Registers plumb's subcommands. Building a command's model costs picocli reflection (and its
 * classes cannot be class-data shared), so a run that names its subcommand builds only that one;
 * help, completion and mistyped commands get them all.
 */
final class Subcommands {

    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("scan", ScanCommand::new);
        ALL.put("rules", RulesCommand::new);
        ALL.put("explain", ExplainCommand::new);
        ALL.put("generate-completion", AutoComplete.GenerateCompletion::new);
    }

    private Subcommands() {
    }

    static void register(CommandLine commandLine, String... args) {
        String first = args.length == 0 ? "" : args[0];
        if (ALL.containsKey(first) && !first.equals("generate-completion")) {
            commandLine.addSubcommand(first, ALL.get(first).get());
            return;
        }
        ALL.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
    }
}
