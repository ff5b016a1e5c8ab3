package dev.plumb.load.terraform;

import dev.plumb.model.LoadProblem;
import dev.plumb.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The fallback for a file the parser rejects: each top-level item is parsed alone, and the file is
 * read again without the ones that fail. A construct the parser cannot read then costs the block it
 * sits in, never the file, and each failing block is one problem on its own line.
 *
 * <p>Every parse sees text of the file's full length, the other items blanked out (newlines kept):
 * positions, and the offsets evaluation reads templates back by, stay those of the file.
 */
final class BlockByBlock {

    private BlockByBlock() {}

    /** Null when isolating blocks does not help (then the whole file's own result stands). */
    static HclFile parse(String path, String text, List<HclLayout.Span> items, Function<String, HclFile> parser) {
        List<HclLayout.Span> failing = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (HclLayout.Span item : items) {
            HclFile alone = parser.apply(keepOnly(text, item));
            if (!alone.problems().isEmpty()) {
                failing.add(item);
                problems.add(onItem(path, text, item, alone.problems().get(0)));
            }
        }
        if (failing.isEmpty()) {
            return null;
        }
        HclFile rest = parser.apply(blankOut(text, failing));
        if (!rest.problems().isEmpty()) {
            return null;
        }
        return new HclFile(path, rest.blocks(), problems, rest.attributes());
    }

    /**
     * The parser's problem, or the item's first line when the parser only noticed at the item's end
     * (an unclosed brace is found at the end of the file, but the block that never closes is what to fix).
     */
    private static LoadProblem onItem(String path, String text, HclLayout.Span item, LoadProblem problem) {
        SourceText source = new SourceText(path, text);
        Position at = problem.position();
        int offset = source.lineStart(at.line()) + Math.max(0, at.column() - 1);
        int lastWritten = item.end();
        while (lastWritten > item.start() && Character.isWhitespace(text.charAt(lastWritten - 1))) {
            lastWritten--;
        }
        if (offset < item.start() || offset >= lastWritten) {
            return new LoadProblem(source.position(item.start()), problem.message());
        }
        return problem;
    }

    static String keepOnly(String text, HclLayout.Span item) {
        char[] kept = text.toCharArray();
        blank(kept, 0, item.start());
        blank(kept, item.end(), kept.length);
        return new String(kept);
    }

    static String blankOut(String text, List<HclLayout.Span> items) {
        char[] kept = text.toCharArray();
        for (HclLayout.Span item : items) {
            blank(kept, item.start(), item.end());
        }
        return new String(kept);
    }

    private static void blank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] != '\n') {
                text[i] = ' ';
            }
        }
    }
}
