package dev.plumb.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * Streaming generators shaped the way people expect to read JSON: two-space indent, {@code "key": value},
 * {@code []} for empty arrays and '\n' on every platform so output diffs cleanly between machines.
 */
public final class JsonOutput {

    // The factory is thread-safe and costly enough (symbol tables, buffer recyclers) to share.
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private JsonOutput() {
    }

    public static JsonGenerator open(Writer out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out);
        generator.setPrettyPrinter(prettyPrinter());
        return generator;
    }

    /** Ends the document with a newline so shells and diff tools do not complain about the last line. */
    public static void close(JsonGenerator generator, Writer out) throws IOException {
        generator.close();
        out.write('\n');
        out.flush();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        // A new printer per document: DefaultPrettyPrinter tracks nesting depth in its own state.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(INDENT);
        printer.indentArraysWith(INDENT);
        return printer;
    }
}
