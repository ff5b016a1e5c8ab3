package dev.plumb.rules.secrets;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A container's command line as words, with the node each came from. A word holding a shell script
 * ({@code sh -c "redis-server --requirepass ..."}) is split at whitespace and quotes, so flags inside
 * scripts count like flags in {@code args}.
 */
final class CommandWords {

    record Word(String text, Node node) {}

    private static final Pattern SPLIT = Pattern.compile("[\\s\"'`;|&()]+");

    private CommandWords() {
    }

    static List<Word> of(Container container) {
        List<Word> words = new ArrayList<>();
        for (Node node : container.commandLine()) {
            String text = node.text();
            if (text == null) {
                continue;
            }
            if (text.indexOf(' ') < 0 && text.indexOf('\n') < 0 && text.indexOf('\t') < 0) {
                words.add(new Word(text, node));
                continue;
            }
            for (String token : SPLIT.split(text)) {
                if (!token.isEmpty()) {
                    words.add(new Word(token, node));
                }
            }
        }
        return words;
    }
}
