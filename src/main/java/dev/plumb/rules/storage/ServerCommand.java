package dev.plumb.rules.storage;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a database container is told to run, read from {@code command} and {@code args}: whether it
 * starts the server (not {@code psql} or {@code pg_dump} in a database image used as a client), the
 * data directory a flag or variable sets, and whether Redis is asked to persist.
 */
final class ServerCommand {

    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash");
    /** Wrappers that hand over to the program named after them. */
    private static final Set<String> LAUNCHERS = Set.of("docker-entrypoint.sh", "entrypoint.sh", "exec", "tini", "--",
            "dumb-init", "cockroach", "cockroach.sh", "minio", "gosu");

    private final List<String> tokens = new ArrayList<>();
    private final boolean commandWritten;

    ServerCommand(Container container) {
        commandWritten = !container.node().get("command").elements().isEmpty();
        for (Node word : container.commandLine()) {
            String text = word.text();
            if (text != null) {
                for (String token : text.strip().split("\\s+")) {
                    if (!token.isEmpty()) {
                        tokens.add(token);
                    }
                }
            }
        }
    }

    /**
     * True when the container starts the database. A shell script counts when its first command
     * does; anything unrecognised counts as a client, so an odd command never raises an alarm.
     */
    boolean startsServer(Databases.Database database) {
        int at = 0;
        if (tokens.size() > 1 && SHELLS.contains(basename(tokens.get(0))) && tokens.get(1).equals("-c")) {
            at = 2;
        }
        if (at >= tokens.size()) {
            return database.startsByDefault();
        }
        // Arguments without a command go to the image's entrypoint, which starts the server with
        // them when they are options.
        if (!commandWritten && tokens.get(0).startsWith("-")) {
            return database.startsByDefault();
        }
        while (at < tokens.size() && LAUNCHERS.contains(basename(tokens.get(at)))) {
            at++;
        }
        if (at >= tokens.size() || tokens.get(at).startsWith("-")) {
            return database.startsByDefault();
        }
        return database.serverWords().contains(basename(tokens.get(at)));
    }

    /** The value of {@code flag} ({@code --flag=value} or {@code --flag value}), or null. */
    String flag(String flag) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith(flag + "=")) {
                return token.substring(flag.length() + 1);
            }
            if (token.equals(flag) && i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("-")) {
                return tokens.get(i + 1);
            }
        }
        return null;
    }

    /** Redis keeps data only with AOF on or a non-empty {@code save} schedule written out. */
    boolean asksToPersist() {
        String appendOnly = flag("--appendonly");
        String save = flag("--save");
        return "yes".equalsIgnoreCase(appendOnly)
                || (save != null && !save.equals("\"\"") && !save.equals("''"));
    }

    private static String basename(String token) {
        return token.substring(token.lastIndexOf('/') + 1);
    }
}
