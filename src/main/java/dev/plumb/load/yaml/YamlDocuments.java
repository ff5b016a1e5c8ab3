package dev.plumb.load.yaml;

import dev.plumb.model.LoadProblem;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Parses a YAML stream into position-keeping trees. Documents before a syntax error are kept;
 * the error becomes a problem in the parser's own words, never with its snippet of the source
 * (which may hold a secret).
 */
public record YamlDocuments(List<Node> documents, List<LoadProblem> problems, boolean syntaxError) {

    private static final int CODE_POINT_LIMIT = 64 * 1024 * 1024;

    public static YamlDocuments parse(String path, String text) {
        List<Node> documents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        TreeBuilder builder = new TreeBuilder(path, problems);
        boolean syntaxError = false;
        try {
            for (Event event : new Parse(settings(path)).parseString(text)) {
                builder.accept(event);
            }
        } catch (MarkedYamlEngineException error) {
            syntaxError = true;
            problems.add(new LoadProblem(
                    builder.position(error.getProblemMark().orElse(error.getContextMark().orElse(null))),
                    describe(error)));
        } catch (YamlEngineException error) {
            syntaxError = true;
            problems.add(new LoadProblem(new Position(path, 1, 1), "not valid YAML: " + firstLine(error.getMessage())));
        }
        documents.addAll(builder.documents());
        return new YamlDocuments(documents, problems, syntaxError);
    }

    private static String describe(MarkedYamlEngineException error) {
        StringBuilder message = new StringBuilder("not valid YAML: ");
        if (error.getContext() != null && !error.getContext().isBlank()) {
            message.append(error.getContext().trim());
            error.getContextMark().ifPresent(mark -> message.append(" (line ").append(mark.getLine() + 1).append(')'));
            message.append(", ");
        }
        message.append(error.getProblem() == null ? "unexpected content" : error.getProblem().trim());
        return message.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static LoadSettings settings(String path) {
        return LoadSettings.builder()
                .setLabel(path)
                .setCodePointLimit(CODE_POINT_LIMIT)
                .setAllowDuplicateKeys(true)
                .build();
    }
}
