package dev.plumb.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each rule's example, cut from its test fixture when docs/rules.md is generated and shipped in the jar
 * as {@value #RESOURCE}, because the fixtures themselves are test resources: {@code plumb explain}, SARIF
 * help and {@code plumb rules --format markdown} show the same example as the docs.
 */
public final class RuleExamples {

    public static final String RESOURCE = "/dev/plumb/report/rule-examples.json";

    /** Read once, on first use: most commands never need it. */
    private static final class Shipped {
        static final Map<String, String> EXAMPLES = load();
    }

    private RuleExamples() {
    }

    /** The examples in the jar by rule id; empty when the build shipped none. */
    public static Map<String, String> shipped() {
        return Shipped.EXAMPLES;
    }

    /** The resource's text for {@code examplesById}, in the order given, so regenerating it diffs cleanly. */
    public static String json(Map<String, String> examplesById) {
        StringWriter out = new StringWriter();
        try {
            JsonGenerator json = JsonOutput.open(out);
            json.writeStartObject();
            for (Map.Entry<String, String> example : examplesById.entrySet()) {
                json.writeStringField(example.getKey(), example.getValue());
            }
            json.writeEndObject();
            JsonOutput.close(json, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, String> load() {
        try (InputStream in = RuleExamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            return Collections.unmodifiableMap(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, String> parse(InputStream in) throws IOException {
        Map<String, String> examples = new LinkedHashMap<>();
        try (JsonParser parser = JsonOutput.FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(RESOURCE + " is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String id = parser.currentName();
                parser.nextToken();
                examples.put(id, parser.getValueAsString());
            }
        }
        return examples;
    }
}
