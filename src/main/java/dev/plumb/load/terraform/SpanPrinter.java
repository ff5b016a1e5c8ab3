package dev.plumb.load.terraform;

import java.util.IdentityHashMap;
import java.util.Map;
import org.openrewrite.PrintOutputCapture;
import org.openrewrite.Tree;
import org.openrewrite.hcl.internal.HclPrinter;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Prints a parsed file back to text while noting the character range each node printed to. When
 * the printed text equals the source (rewrite's trees are lossless), those ranges are offsets in
 * the source: the only way to give rewrite's position-less nodes a line and column.
 */
final class SpanPrinter extends HclPrinter<Integer> {

    /** Where a node printed: {@code start} includes its leading whitespace and comments. */
    record Span(int start, int end) {}

    private final Map<Tree, Span> spans = new IdentityHashMap<>();

    static Printed print(Hcl.ConfigFile file) {
        SpanPrinter printer = new SpanPrinter();
        PrintOutputCapture<Integer> output = new PrintOutputCapture<>(0);
        printer.visit(file, output);
        return new Printed(output.getOut(), printer.spans);
    }

    /** The printed text and the range of every node in it. */
    record Printed(String text, Map<Tree, Span> spans) {

        Span span(Tree node) {
            Span span = spans.get(node);
            return span == null ? new Span(0, 0) : span;
        }
    }

    @Override
    public Hcl visit(Tree tree, PrintOutputCapture<Integer> output) {
        int start = output.out.length();
        Hcl result = super.visit(tree, output);
        if (tree != null) {
            spans.put(tree, new Span(start, output.out.length()));
        }
        return result;
    }
}
