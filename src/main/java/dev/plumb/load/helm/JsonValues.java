package dev.plumb.load.helm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumb.model.Node;
import dev.plumb.model.ScalarNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values handed to Helm as a file. JSON is YAML, so Helm reads it as a values file; writing JSON keeps
 * lists and maps whole, which {@code --set} would flatten into strings.
 */
final class JsonValues {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");

    private JsonValues() {}

    static String of(Node node) {
        return of(node, Map.of());
    }

    /** {@code variables}: the values of Flux's {@code ${VAR}} substitutions the repository gives. */
    static String of(Node node, Map<String, String> variables) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(node, json, variables);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** {@code node}, a mapping, without the elements of its list {@code key} whose {@code name} is one of {@code names}. */
    static String without(Node node, String key, Set<String> names) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Node> field : node.fields().entrySet()) {
                json.writeFieldName(field.getKey());
                if (!field.getKey().equals(key)) {
                    write(field.getValue(), json, Map.of());
                    continue;
                }
                json.writeStartArray();
                for (Node element : field.getValue().elements()) {
                    if (!names.contains(element.get("name").textOr(""))) {
                        write(element, json, Map.of());
                    }
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static void write(Node node, JsonGenerator json, Map<String, String> variables) throws IOException {
        if (node.isMap()) {
            json.writeStartObject();
            for (Map.Entry<String, Node> field : node.fields().entrySet()) {
                json.writeFieldName(field.getKey());
                write(field.getValue(), json, variables);
            }
            json.writeEndObject();
        } else if (node.isList()) {
            json.writeStartArray();
            for (Node element : node.elements()) {
                write(element, json, variables);
            }
            json.writeEndArray();
        } else if (node instanceof ScalarNode scalar && !scalar.isNull() && scalar.text() != null) {
            switch (scalar.type()) {
                case BOOLEAN -> json.writeBoolean(scalar.isTrue());
                // YAML spells numbers JSON does not (0x1F, .inf): those stay strings rather than break the file.
                case NUMBER -> {
                    if (JSON_NUMBER.matcher(scalar.text()).matches()) {
                        json.writeNumber(scalar.text());
                    } else {
                        json.writeString(scalar.text());
                    }
                }
                default -> json.writeString(FluxVariables.standIns(scalar.text(), variables));
            }
        } else {
            json.writeNull();
        }
    }
}
