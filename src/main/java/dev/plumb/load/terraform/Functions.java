package dev.plumb.load.terraform;

import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * The Terraform functions plumb evaluates: the file functions (inside the scanned root only), the
 * encoders and decoders, and the pure string and collection functions operators use constantly.
 * Any other function, and any call with an Unknown argument, is Unknown.
 */
final class Functions {

    private final ValueReader reader;
    private final Scope scope;

    Functions(ValueReader reader, Scope scope) {
        this.reader = reader;
        this.scope = scope;
    }

    Node call(Hcl.FunctionCall call, Position at) {
        String name = call.getName().getName();
        List<Expression> arguments = arguments(call);
        if ((name.equals("yamldecode") || name.equals("jsondecode")) && arguments.size() == 1
                && arguments.get(0) instanceof Hcl.FunctionCall inner && inner.getName().getName().equals("file")) {
            // A manifest decoded straight from a repository file keeps that file's lines.
            return decodedFile(inner, at);
        }
        if (name.equals("try") || name.equals("can")) {
            return attempt(name, arguments, at);
        }
        List<Node> args = new ArrayList<>(arguments.size());
        for (Expression argument : arguments) {
            args.add(reader.read(argument));
        }
        Node result = apply(name, args, at);
        return result == null ? Values.unknown(at) : result;
    }

    private Node attempt(String name, List<Expression> arguments, Position at) {
        if (arguments.isEmpty()) {
            return Values.unknown(at);
        }
        Node first = reader.read(arguments.get(0));
        if (name.equals("can")) {
            return Values.hasUnknown(first) ? Values.unknown(at) : Values.bool(true, at);
        }
        return Values.hasUnknown(first) ? Values.unknown(at) : first;
    }

    /**
     * An encoded document keeps the structure it encodes, so rules read its keys on their own lines; with an
     * unknown value inside, the text is unknown but the known keys are still read.
     */
    private static Node encoded(List<Node> args, Position at, Function<Node, String> encoder) {
        if (args.size() != 1) {
            return null;
        }
        Node structure = args.get(0);
        ScalarNode text = Values.hasUnknown(structure) ? Values.unknown(at) : Values.string(encoder.apply(structure), at, true);
        return structure.isMap() || structure.isList() ? text.encoding(structure) : text;
    }

    private Node apply(String name, List<Node> args, Position at) {
        return switch (name) {
            case "file" -> text(args, at).map(text -> Values.string(text, at, true)).orElse(null);
            case "filebase64" -> path(args).flatMap(path -> scope.evaluation().files().bytes(path))
                    .map(bytes -> Values.string(Base64.getEncoder().encodeToString(bytes), at, true)).orElse(null);
            case "fileexists" -> path(args).map(path -> Values.bool(scope.evaluation().files().bytes(path).isPresent(), at))
                    .orElse(null);
            case "templatefile" -> templatefile(args, at);
            case "yamldecode", "jsondecode" -> decoded(string(args, 0), at);
            case "jsonencode" -> encoded(args, at, Encoders::json);
            case "yamlencode" -> encoded(args, at, Encoders::yaml);
            case "base64encode" -> mapString(args, at, text -> Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            case "base64decode" -> base64decode(args, at);
            case "lower" -> mapString(args, at, text -> text.toLowerCase(Locale.ROOT));
            case "upper" -> mapString(args, at, text -> text.toUpperCase(Locale.ROOT));
            case "trimspace" -> mapString(args, at, String::strip);
            // A string, null or unknown is returned as it is, so an encoded document keeps the structure it encodes.
            case "tostring" -> args.size() == 1 && args.get(0) instanceof ScalarNode value
                    && value.type() != ScalarNode.Type.NUMBER && value.type() != ScalarNode.Type.BOOLEAN ? value
                    : mapString(args, at, text -> text);
            case "tonumber" -> {
                BigDecimal number = args.size() == 1 ? Values.asNumber(args.get(0)) : null;
                yield number == null ? null : Values.number(number, at);
            }
            case "tobool" -> {
                Boolean value = args.size() == 1 ? Values.asBool(args.get(0)) : null;
                yield value == null ? null : Values.bool(value, at);
            }
            case "trimprefix" -> twoStrings(args, at, (text, prefix) -> text.startsWith(prefix) ? text.substring(prefix.length()) : text);
            case "trimsuffix" -> twoStrings(args, at, (text, suffix) -> text.endsWith(suffix)
                    ? text.substring(0, text.length() - suffix.length()) : text);
            case "replace" -> replace(args, at);
            case "format" -> Formats.format(args, at);
            case "join" -> join(args, at);
            case "split" -> split(args, at);
            case "concat" -> concat(args, at);
            case "flatten" -> args.size() == 1 && args.get(0).isList() ? flatten(args.get(0), at) : null;
            case "compact" -> compact(args, at);
            case "merge" -> merge(args, at);
            case "lookup" -> lookup(args, at);
            case "element" -> element(args, at);
            case "coalesce" -> coalesce(args);
            case "length" -> length(args, at);
            case "keys" -> keys(args, at);
            case "values" -> args.size() == 1 && args.get(0).isMap()
                    ? new ListNode(at, at.line(), new ArrayList<>(args.get(0).fields().values())) : null;
            case "contains" -> contains(args, at);
            case "tomap", "tolist", "toset", "sensitive", "nonsensitive" -> args.size() == 1 ? args.get(0) : null;
            default -> null;
        };
    }

    // ---- files

    private Optional<String> path(List<Node> args) {
        String written = string(args, 0);
        if (written == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(RepoPaths.resolve(scope.workingDirectory(), written));
    }

    private Optional<String> text(List<Node> args, Position at) {
        return path(args).flatMap(path -> scope.evaluation().files().text(path));
    }

    /** The arguments written in a call; rewrite gives {@code f()} one empty argument. */
    static List<Expression> arguments(Hcl.FunctionCall call) {
        List<Expression> arguments = new ArrayList<>();
        for (Expression argument : call.getVariables()) {
            if (!(argument instanceof Hcl.Empty)) {
                arguments.add(argument);
            }
        }
        return arguments;
    }

    private Node decodedFile(Hcl.FunctionCall file, Position at) {
        List<Node> args = new ArrayList<>();
        for (Expression argument : arguments(file)) {
            args.add(reader.read(argument));
        }
        Optional<String> path = path(args);
        Optional<String> text = path.flatMap(p -> scope.evaluation().files().text(p));
        if (text.isEmpty()) {
            return Values.unknown(at);
        }
        YamlDocuments documents = YamlDocuments.parse(path.get(), text.get());
        if (!documents.problems().isEmpty() || documents.documents().size() != 1) {
            return Values.unknown(at);
        }
        scope.evaluation().anchor(path.get());
        return documents.documents().get(0);
    }

    private Node decoded(String text, Position at) {
        if (text == null) {
            return null;
        }
        YamlDocuments documents = YamlDocuments.parse(at.file(), text);
        if (!documents.problems().isEmpty() || documents.documents().size() != 1) {
            return null;
        }
        return documents.documents().get(0);
    }

    private Node templatefile(List<Node> args, Position at) {
        if (args.isEmpty() || args.size() > 2) {
            return null;
        }
        Optional<String> path = path(args);
        path.ifPresent(scope.evaluation()::noteTemplate);
        Optional<String> template = path.flatMap(p -> scope.evaluation().files().text(p));
        Node variables = args.size() == 2 ? args.get(1) : MapNode.empty(at);
        if (template.isEmpty() || !variables.isMap()) {
            return null;
        }
        Map<String, Node> names = new LinkedHashMap<>(variables.fields());
        Scope isolated = Scope.isolated(names, scope.workingDirectory(), scope.evaluation());
        return TemplateFiles.render(template.get(), at, isolated).map(text -> Values.string(text, at, true)).orElse(null);
    }

    // ---- strings

    private static String string(List<Node> args, int index) {
        return index < args.size() ? Values.asString(args.get(index)) : null;
    }

    private static Node mapString(List<Node> args, Position at, java.util.function.UnaryOperator<String> operation) {
        String text = args.size() == 1 ? string(args, 0) : null;
        return text == null ? null : Values.string(operation.apply(text), at, true);
    }

    private static Node twoStrings(List<Node> args, Position at, java.util.function.BinaryOperator<String> operation) {
        String a = args.size() == 2 ? string(args, 0) : null;
        String b = args.size() == 2 ? string(args, 1) : null;
        return a == null || b == null ? null : Values.string(operation.apply(a, b), at, true);
    }

    private static Node base64decode(List<Node> args, Position at) {
        String text = args.size() == 1 ? string(args, 0) : null;
        if (text == null) {
            return null;
        }
        try {
            return Values.string(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8), at, true);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** A plain substring replacement; a /regex/ pattern is Unknown. */
    private static Node replace(List<Node> args, Position at) {
        String text = string(args, 0);
        String search = string(args, 1);
        String replacement = string(args, 2);
        if (args.size() != 3 || text == null || search == null || replacement == null || search.isEmpty()
                || (search.length() > 1 && search.startsWith("/") && search.endsWith("/"))) {
            return null;
        }
        return Values.string(text.replace(search, replacement), at, true);
    }

    private static Node join(List<Node> args, Position at) {
        String separator = string(args, 0);
        if (separator == null || args.size() < 2) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            if (!args.get(i).isList()) {
                return null;
            }
            for (Node element : args.get(i).elements()) {
                String text = Values.asString(element);
                if (text == null) {
                    return null;
                }
                parts.add(text);
            }
        }
        return Values.string(String.join(separator, parts), at, true);
    }

    private static Node split(List<Node> args, Position at) {
        String separator = string(args, 0);
        String text = string(args, 1);
        if (args.size() != 2 || separator == null || text == null || separator.isEmpty()) {
            return null;
        }
        List<Node> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = text.indexOf(separator, from);
            parts.add(Values.string(text.substring(from, next < 0 ? text.length() : next), at, true));
            if (next < 0) {
                break;
            }
            from = next + separator.length();
        }
        return new ListNode(at, at.line(), parts);
    }

    // ---- collections

    private static Node concat(List<Node> args, Position at) {
        List<Node> all = new ArrayList<>();
        for (Node arg : args) {
            if (!arg.isList()) {
                return null;
            }
            all.addAll(arg.elements());
        }
        return new ListNode(at, at.line(), all);
    }

    private static Node flatten(Node list, Position at) {
        List<Node> all = new ArrayList<>();
        for (Node element : list.elements()) {
            if (Values.isUnknown(element)) {
                return null;
            }
            if (element.isList()) {
                Node inner = flatten(element, at);
                if (inner == null) {
                    return null;
                }
                all.addAll(inner.elements());
            } else {
                all.add(element);
            }
        }
        return new ListNode(at, at.line(), all);
    }

    private static Node compact(List<Node> args, Position at) {
        if (args.size() != 1 || !args.get(0).isList()) {
            return null;
        }
        List<Node> kept = new ArrayList<>();
        for (Node element : args.get(0).elements()) {
            if (Values.isUnknown(element)) {
                return null;
            }
            String text = Values.asString(element);
            if (text != null && !text.isEmpty()) {
                kept.add(element);
            }
        }
        return new ListNode(at, at.line(), kept);
    }

    /** Later maps win; a null argument is skipped as Terraform does. */
    private static Node merge(List<Node> args, Position at) {
        Map<String, Node> merged = new LinkedHashMap<>();
        for (Node arg : args) {
            if (Values.isNull(arg)) {
                continue;
            }
            if (!arg.isMap()) {
                return null;
            }
            arg.fields().forEach((key, value) -> {
                merged.remove(key);
                merged.put(key, value);
            });
        }
        MapNode.Builder result = new MapNode.Builder(at);
        merged.forEach((key, value) -> result.put(key, at, value));
        return result.build(at.line());
    }

    private static Node lookup(List<Node> args, Position at) {
        if (args.size() < 2 || args.size() > 3 || !args.get(0).isMap()) {
            return null;
        }
        String key = string(args, 1);
        if (key == null) {
            return null;
        }
        Node found = args.get(0).get(key);
        if (!found.isMissing()) {
            return found;
        }
        return args.size() == 3 ? args.get(2) : null;
    }

    private static Node element(List<Node> args, Position at) {
        if (args.size() != 2 || !args.get(0).isList() || args.get(0).elements().isEmpty()) {
            return null;
        }
        BigDecimal index = Values.asNumber(args.get(1));
        if (index == null) {
            return null;
        }
        List<Node> list = args.get(0).elements();
        return list.get(Math.floorMod(index.intValue(), list.size()));
    }

    /** The first argument that is neither null nor ""; Unknown when an Unknown comes first. */
    private static Node coalesce(List<Node> args) {
        for (Node arg : args) {
            if (Values.isUnknown(arg)) {
                return null;
            }
            if (Values.isNull(arg)) {
                continue;
            }
            String text = Values.asString(arg);
            if (text == null || !text.isEmpty()) {
                return arg;
            }
        }
        return null;
    }

    private static Node length(List<Node> args, Position at) {
        if (args.size() != 1 || Values.isUnknown(args.get(0))) {
            return null;
        }
        Node value = args.get(0);
        int size;
        if (value.isList()) {
            size = value.elements().size();
        } else if (value.isMap()) {
            size = value.fields().size();
        } else {
            String text = Values.asString(value);
            if (text == null) {
                return null;
            }
            size = text.codePointCount(0, text.length());
        }
        return Values.number(BigDecimal.valueOf(size), at);
    }

    private static Node keys(List<Node> args, Position at) {
        if (args.size() != 1 || !args.get(0).isMap()) {
            return null;
        }
        List<Node> keys = new ArrayList<>();
        args.get(0).fields().keySet().stream().sorted().forEach(key -> keys.add(Values.string(key, at, true)));
        return new ListNode(at, at.line(), keys);
    }

    private static Node contains(List<Node> args, Position at) {
        if (args.size() != 2 || !args.get(0).isList()) {
            return null;
        }
        for (Node element : args.get(0).elements()) {
            Boolean same = Values.equal(element, args.get(1));
            if (same == null) {
                return null;
            }
            if (same) {
                return Values.bool(true, at);
            }
        }
        return Values.bool(false, at);
    }
}
