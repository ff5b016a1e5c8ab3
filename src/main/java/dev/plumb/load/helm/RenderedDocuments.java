package dev.plumb.load.helm;

import java.util.ArrayList;
import java.util.List;

/**
 * Helm's rendered stream cut into its documents, each with the template it came from
 * ({@code # Source: chart/templates/deployment.yaml}, chart-relative; a subchart's under
 * {@code chart/charts/sub/templates/…}).
 */
final class RenderedDocuments {

    private static final String SOURCE = "# Source: ";

    private RenderedDocuments() {}

    record Document(String source, String text) {}

    static List<Document> split(String rendered) {
        List<Document> documents = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String source = null;
        for (String line : rendered.split("\n", -1)) {
            if (line.equals("---") || line.startsWith("--- ")) {
                add(documents, source, current);
                current.setLength(0);
                source = null;
                continue;
            }
            if (source == null && line.startsWith(SOURCE)) {
                source = line.substring(SOURCE.length()).strip();
            }
            current.append(line).append('\n');
        }
        add(documents, source, current);
        return documents;
    }

    private static void add(List<Document> documents, String source, StringBuilder text) {
        if (source != null && !text.toString().isBlank()) {
            documents.add(new Document(source, text.toString()));
        }
    }
}
