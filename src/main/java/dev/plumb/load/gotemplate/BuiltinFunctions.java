package dev.plumb.load.gotemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The functions every Go template has (and/or are evaluated lazily by the executor). */
final class BuiltinFunctions {

    private BuiltinFunctions() {
    }

    static void register(FunctionTable table) {
        table.put("not", 1, (args, at) -> !GoValues.truth(args.get(0)));
        table.put("len", 1, (args, at) -> length(args.get(0)));
        table.put("index", 1, FunctionTable.ANY, (args, at) -> index(args));
        table.put("slice", 1, 3, (args, at) -> slice(args));
        table.put("print", 0, FunctionTable.ANY, (args, at) -> print(args));
        table.put("println", 0, FunctionTable.ANY, (args, at) -> String.join(" ", args.stream().map(GoValues::format).toList()) + "\n");
        table.put("printf", 1, FunctionTable.ANY, (args, at) -> Printf.format(GoValues.string(args.get(0)), args.subList(1, args.size())));
        table.put("eq", 1, FunctionTable.ANY, (args, at) -> {
            for (Object other : args.subList(1, args.size())) {
                if (GoValues.equal(args.get(0), other)) {
                    return true;
                }
            }
            return args.size() == 1 ? failure("missing argument for comparison") : false;
        });
        table.put("ne", 2, (args, at) -> !GoValues.equal(args.get(0), args.get(1)));
        table.put("lt", 2, (args, at) -> GoValues.compare(args.get(0), args.get(1)) < 0);
        table.put("le", 2, (args, at) -> GoValues.compare(args.get(0), args.get(1)) <= 0);
        table.put("gt", 2, (args, at) -> GoValues.compare(args.get(0), args.get(1)) > 0);
        table.put("ge", 2, (args, at) -> GoValues.compare(args.get(0), args.get(1)) >= 0);
        table.put("urlquery", 0, FunctionTable.ANY, (args, at) -> URLEncoder.encode(print(args), StandardCharsets.UTF_8));
        table.put("html", 0, FunctionTable.ANY, (args, at) -> print(args).replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;"));
        table.put("js", 0, FunctionTable.ANY, (args, at) -> print(args).replace("\\", "\\\\").replace("'", "\\'")
                .replace("\"", "\\\"").replace("<", "\\u003C").replace(">", "\\u003E"));
    }

    private static Object failure(String message) {
        throw new FunctionException(message);
    }

    /** fmt.Sprint: a space between operands when neither is a string. */
    static String print(List<Object> args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0 && !(args.get(i) instanceof String) && !(args.get(i - 1) instanceof String)) {
                out.append(' ');
            }
            out.append(GoValues.format(args.get(i)));
        }
        return out.toString();
    }

    static long length(Object value) {
        if (value instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8).length;
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (value instanceof Collection<?> list) {
            return list.size();
        }
        throw new FunctionException("len of " + (value == null ? "nil pointer" : "type " + GoValues.typeName(value)));
    }

    private static Object index(List<Object> args) {
        Object current = args.get(0);
        for (Object key : args.subList(1, args.size())) {
            if (current instanceof Unresolved) {
                return current;
            }
            if (current instanceof Map<?, ?> map) {
                current = map.get(String.valueOf(key instanceof String ? key : GoValues.format(key)));
            } else if (current instanceof List<?> list) {
                if (!(key instanceof Long position)) {
                    throw new FunctionException("cannot index slice/array with type " + GoValues.typeName(key));
                }
                if (position < 0 || position >= list.size()) {
                    throw new FunctionException("index out of range: " + position);
                }
                current = list.get(position.intValue());
            } else if (current == null) {
                throw new FunctionException("index of untyped nil");
            } else {
                throw new FunctionException("can't index item of type " + GoValues.typeName(current));
            }
        }
        return current;
    }

    private static Object slice(List<Object> args) {
        Object value = args.get(0);
        int length = value instanceof String s ? s.length() : value instanceof List<?> l ? l.size() : -1;
        if (length < 0) {
            throw new FunctionException("can't slice item of type " + GoValues.typeName(value));
        }
        int from = args.size() > 1 ? (int) GoValues.toLong(args.get(1)) : 0;
        int to = args.size() > 2 ? (int) GoValues.toLong(args.get(2)) : length;
        if (from < 0 || to > length || from > to) {
            throw new FunctionException("index out of range: " + from + ":" + to);
        }
        return value instanceof String s ? s.substring(from, to) : new ArrayList<>(((List<?>) value).subList(from, to));
    }
}
