package dev.plumb.load.terraform;

import dev.plumb.model.Position;
import org.openrewrite.Tree;

/** Where a parsed node is written in the source: its printed range, less its leading blanks and comments. */
final class Locator {

    private final SourceText source;
    private final SpanPrinter.Printed printed;

    Locator(SourceText source, SpanPrinter.Printed printed) {
        this.source = source;
        this.printed = printed;
    }

    SourceText source() {
        return source;
    }

    int start(Tree node) {
        SpanPrinter.Span span = printed.span(node);
        return Math.min(source.skipBlanksAndComments(span.start()), Math.max(span.start(), span.end()));
    }

    int end(Tree node) {
        return printed.span(node).end();
    }

    Position position(Tree node) {
        return source.position(start(node));
    }

    int endLine(Tree node) {
        return source.endLine(start(node), end(node));
    }
}
