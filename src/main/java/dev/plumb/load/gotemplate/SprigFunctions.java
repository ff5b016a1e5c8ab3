package dev.plumb.load.gotemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The sprig functions infrastructure repositories call, with sprig's argument order (the piped value
 * last). Nothing here reads the environment, the clock, randomness or the network: {@code env} and
 * {@code expandenv} yield {@link Unresolved}.
 */
final class SprigFunctions {

    private SprigFunctions() {
    }

    /** Sprig functions whose result depends on the clock, randomness, keys or the network: never computed. */
    private static final List<String> NOT_REPRODUCIBLE = List.of("now", "date", "dateInZone", "date_in_zone", "dateModify",
            "mustDateModify", "htmlDate", "htmlDateInZone", "toDate", "mustToDate", "unixEpoch", "ago", "duration",
            "durationRound", "randAlphaNum", "randAlpha", "randNumeric", "randAscii", "randInt", "randBytes", "uuidv4",
            "shuffle", "genPrivateKey", "genCA", "genCAWithKey", "genSelfSignedCert", "genSelfSignedCertWithKey",
            "genSignedCert", "genSignedCertWithKey", "buildCustomCert", "derivePassword", "encryptAES", "decryptAES",
            "bcrypt", "htpasswd", "getHostByName");

    /** sprig's must* variants fail where the plain function returns an error value; plumb's already fail. */
    private static final List<String> MUST_VARIANTS = List.of("toJson", "fromJson", "toPrettyJson", "regexMatch",
            "regexFind", "regexFindAll", "regexReplaceAll", "regexReplaceAllLiteral", "regexSplit", "merge", "mergeOverwrite",
            "first", "last", "rest", "initial", "append", "prepend", "uniq", "without", "has", "compact", "reverse",
            "deepCopy", "slice");

    static void register(FunctionTable table) {
        defaults(table);
        strings(table);
        lists(table);
        maps(table);
        numbers(table);
        encodings(table);
        for (String name : NOT_REPRODUCIBLE) {
            table.put(name, 0, FunctionTable.ANY, (args, at) -> new Unresolved(name));
        }
        table.alias("push", "append");
        table.alias("biggest", "max");
        table.alias("toRawJson", "toJson");
        for (String name : MUST_VARIANTS) {
            table.alias("must" + Character.toUpperCase(name.charAt(0)) + name.substring(1), name);
        }
    }

    private static String s(Object value) {
        return value == null ? "" : GoValues.string(value);
    }

    private static void defaults(FunctionTable table) {
        table.put("default", 1, 2, (args, at) -> args.size() < 2 || GoValues.empty(args.get(1)) ? args.get(0) : args.get(1));
        table.put("empty", 1, (args, at) -> GoValues.empty(args.get(0)));
        table.put("coalesce", 0, FunctionTable.ANY, (args, at) -> args.stream().filter(GoValues::truth).findFirst().orElse(null));
        table.put("ternary", 3, (args, at) -> GoValues.truth(args.get(2)) ? args.get(0) : args.get(1));
        table.put("fail", 1, (args, at) -> {
            throw new FunctionException(s(args.get(0)));
        });
        table.put("required", 2, (args, at) -> {
            Object value = args.get(1);
            if (value == null || value instanceof String text && text.isEmpty()) {
                throw new FunctionException(s(args.get(0)));
            }
            return value;
        });
        table.put("env", 1, (args, at) -> new Unresolved("env"));
        table.put("expandenv", 1, (args, at) -> new Unresolved("expandenv"));
        table.put("kindOf", 1, (args, at) -> GoValues.kind(args.get(0)));
        table.put("kindIs", 2, (args, at) -> s(args.get(0)).equals(GoValues.kind(args.get(1))));
        table.put("typeOf", 1, (args, at) -> GoValues.typeName(args.get(0)));
        table.put("typeIs", 2, (args, at) -> s(args.get(0)).equals(GoValues.typeName(args.get(1))));
        table.put("deepCopy", 1, (args, at) -> GoValues.copy(args.get(0)));
        table.put("tpl", 2, (args, at) -> at.execution().render(s(args.get(0)), args.get(1), at.line(), at.column()));
    }

    private static void strings(FunctionTable table) {
        table.put("quote", 0, FunctionTable.ANY, (args, at) -> String.join(" ", args.stream().filter(a -> a != null)
                .map(a -> Printf.quote(GoValues.string(a))).toList()));
        table.put("squote", 0, FunctionTable.ANY, (args, at) -> String.join(" ", args.stream().filter(a -> a != null)
                .map(a -> "'" + GoValues.string(a) + "'").toList()));
        table.put("indent", 2, (args, at) -> indent(GoValues.toLong(args.get(0)), s(args.get(1))));
        table.put("nindent", 2, (args, at) -> "\n" + indent(GoValues.toLong(args.get(0)), s(args.get(1))));
        table.put("trim", 1, (args, at) -> s(args.get(0)).strip());
        table.put("trimAll", 2, (args, at) -> trimAll(s(args.get(0)), s(args.get(1))));
        table.put("trimSuffix", 2, (args, at) -> {
            String text = s(args.get(1));
            String suffix = s(args.get(0));
            return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
        });
        table.put("trimPrefix", 2, (args, at) -> {
            String text = s(args.get(1));
            String prefix = s(args.get(0));
            return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
        });
        table.put("replace", 3, (args, at) -> s(args.get(2)).replace(s(args.get(0)), s(args.get(1))));
        table.put("upper", 1, (args, at) -> s(args.get(0)).toUpperCase(Locale.ROOT));
        table.put("lower", 1, (args, at) -> s(args.get(0)).toLowerCase(Locale.ROOT));
        table.put("title", 1, (args, at) -> title(s(args.get(0))));
        table.put("hasPrefix", 2, (args, at) -> s(args.get(1)).startsWith(s(args.get(0))));
        table.put("hasSuffix", 2, (args, at) -> s(args.get(1)).endsWith(s(args.get(0))));
        table.put("contains", 2, (args, at) -> s(args.get(1)).contains(s(args.get(0))));
        table.put("repeat", 2, (args, at) -> {
            long count = GoValues.toLong(args.get(0));
            String text = s(args.get(1));
            if (count < 0 || count * text.length() > Execution.MAX_OUTPUT) {
                throw new FunctionException("repeat count out of range");
            }
            return text.repeat((int) count);
        });
        table.put("substr", 3, (args, at) -> substring(GoValues.toLong(args.get(0)), GoValues.toLong(args.get(1)), s(args.get(2))));
        table.put("trunc", 2, (args, at) -> {
            String text = s(args.get(1));
            long n = GoValues.toLong(args.get(0));
            return n >= 0 ? text.substring(0, (int) Math.min(n, text.length()))
                    : text.substring((int) Math.max(0, text.length() + n));
        });
        table.put("nospace", 1, (args, at) -> s(args.get(0)).replaceAll("\\s", ""));
        table.put("snakecase", 1, (args, at) -> words(s(args.get(0)), "_", false));
        table.put("kebabcase", 1, (args, at) -> words(s(args.get(0)), "-", false));
        table.put("camelcase", 1, (args, at) -> words(s(args.get(0)), "", true));
        table.put("abbrev", 2, (args, at) -> {
            String text = s(args.get(1));
            long width = GoValues.toLong(args.get(0));
            return width < 4 || text.length() <= width ? text : text.substring(0, (int) width - 3) + "...";
        });
        table.put("plural", 3, (args, at) -> GoValues.toLong(args.get(2)) == 1 ? s(args.get(0)) : s(args.get(1)));
        table.put("cat", 0, FunctionTable.ANY, (args, at) -> String.join(" ", args.stream().filter(a -> a != null)
                .map(GoValues::format).toList()));
        table.put("toString", 1, (args, at) -> GoValues.string(args.get(0)));
        table.put("splitList", 2, (args, at) -> new ArrayList<Object>(List.of(split(s(args.get(1)), s(args.get(0)), -1))));
        table.put("split", 2, (args, at) -> {
            Map<String, Object> parts = new LinkedHashMap<>();
            String[] pieces = split(s(args.get(1)), s(args.get(0)), -1);
            for (int i = 0; i < pieces.length; i++) {
                parts.put("_" + i, pieces[i]);
            }
            return parts;
        });
        table.put("join", 2, (args, at) -> String.join(s(args.get(0)), strings(args.get(1))));
        table.put("regexMatch", 2, (args, at) -> regex(args.get(0)).matcher(s(args.get(1))).find());
        table.put("regexFind", 2, (args, at) -> {
            Matcher matcher = regex(args.get(0)).matcher(s(args.get(1)));
            return matcher.find() ? matcher.group() : "";
        });
        table.put("regexFindAll", 3, (args, at) -> {
            Matcher matcher = regex(args.get(0)).matcher(s(args.get(1)));
            long limit = GoValues.toLong(args.get(2));
            List<Object> found = new ArrayList<>();
            while (matcher.find() && (limit < 0 || found.size() < limit)) {
                found.add(matcher.group());
            }
            return found;
        });
        table.put("regexReplaceAll", 3, (args, at) -> replaceAll(regex(args.get(0)), s(args.get(1)), s(args.get(2))));
        table.put("regexReplaceAllLiteral", 3, (args, at) -> regex(args.get(0)).matcher(s(args.get(1)))
                .replaceAll(Matcher.quoteReplacement(s(args.get(2)))));
        table.put("regexSplit", 3, (args, at) -> {
            long n = GoValues.toLong(args.get(2));
            if (n == 0) {
                return new ArrayList<>();
            }
            return new ArrayList<Object>(List.of(regex(args.get(0)).split(s(args.get(1)), n < 0 ? -1 : (int) n)));
        });
        table.put("regexQuoteMeta", 1, (args, at) -> s(args.get(0)).replaceAll("([\\\\.+*?()|\\[\\]{}^$])", "\\\\$1"));
        table.put("semverCompare", 2, (args, at) -> Semver.satisfies(s(args.get(0)), s(args.get(1))));
        table.put("base", 1, (args, at) -> {
            String path = s(args.get(0)).replaceAll("/+$", "");
            return path.isEmpty() ? "/" : path.substring(path.lastIndexOf('/') + 1);
        });
        table.put("dir", 1, (args, at) -> {
            String path = s(args.get(0));
            int slash = path.lastIndexOf('/');
            return slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash);
        });
        table.put("ext", 1, (args, at) -> {
            String path = s(args.get(0));
            int dot = path.lastIndexOf('.');
            return dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot);
        });
    }

    /** xstrings' case conversions: words split at case changes, spaces, dashes and underscores. */
    private static String words(String text, String separator, boolean camel) {
        List<String> words = new ArrayList<>();
        for (String word : text.replaceAll("([a-z0-9])([A-Z])", "$1 $2").split("[\\s_\\-]+")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        if (!camel) {
            return String.join(separator, words);
        }
        StringBuilder out = new StringBuilder();
        words.forEach(word -> out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)));
        return out.toString();
    }

    private static String indent(long spaces, String text) {
        String pad = " ".repeat((int) Math.max(0, Math.min(spaces, 1000)));
        return pad + text.replace("\n", "\n" + pad);
    }

    private static String trimAll(String cutset, String text) {
        int start = 0;
        int end = text.length();
        while (start < end && cutset.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && cutset.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    private static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toTitleCase(c) : c);
            start = Character.isWhitespace(c);
        }
        return out.toString();
    }

    private static String substring(long start, long end, String text) {
        if (start < 0) {
            return text.substring(0, (int) Math.min(Math.max(end, 0), text.length()));
        }
        if (end < 0 || end > text.length()) {
            return text.substring((int) Math.min(start, text.length()));
        }
        return start > end ? "" : text.substring((int) start, (int) end);
    }

    /** strings.Split: an empty separator splits into characters, and the separator is literal. */
    private static String[] split(String text, String separator, int limit) {
        if (separator.isEmpty()) {
            return text.codePoints().mapToObj(Character::toString).toArray(String[]::new);
        }
        return text.split(Pattern.quote(separator), limit);
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(element -> element == null ? "" : GoValues.string(element)).toList();
        }
        return value == null ? List.of() : List.of(GoValues.string(value));
    }

    private static Pattern regex(Object value) {
        try {
            return Pattern.compile(s(value));
        } catch (PatternSyntaxException bad) {
            throw new FunctionException("error parsing regexp: " + bad.getDescription());
        }
    }

    /** Go's Regexp.ReplaceAllString: {@code $1}, {@code ${1}}, {@code $name}; a group that does not exist is empty. */
    private static String replaceAll(Pattern pattern, String text, String template) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(text, last, matcher.start());
            expand(matcher, template, out);
            last = matcher.end();
            if (matcher.end() == matcher.start() && matcher.end() >= text.length()) {
                break;
            }
        }
        return out.append(text.substring(last)).toString();
    }

    private static void expand(Matcher matcher, String template, StringBuilder out) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                continue;
            }
            if (template.charAt(i + 1) == '$') {
                out.append('$');
                i++;
                continue;
            }
            String name;
            if (template.charAt(i + 1) == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    out.append(c);
                    continue;
                }
                name = template.substring(i + 2, close);
                i = close;
            } else {
                int end = i + 1;
                while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')) {
                    end++;
                }
                if (end == i + 1) {
                    out.append(c);
                    continue;
                }
                name = template.substring(i + 1, end);
                i = end - 1;
            }
            out.append(group(matcher, name));
        }
    }

    private static String group(Matcher matcher, String name) {
        try {
            String value = name.matches("\\d+") ? (Integer.parseInt(name) <= matcher.groupCount()
                    ? matcher.group(Integer.parseInt(name)) : "") : matcher.group(name);
            return value == null ? "" : value;
        } catch (IllegalArgumentException noSuchGroup) {
            return "";
        }
    }

    private static void lists(FunctionTable table) {
        table.put("list", 0, FunctionTable.ANY, (args, at) -> new ArrayList<>(args));
        table.put("first", 1, (args, at) -> {
            List<Object> list = GoValues.list(args.get(0), "first");
            return list.isEmpty() ? null : list.get(0);
        });
        table.put("last", 1, (args, at) -> {
            List<Object> list = GoValues.list(args.get(0), "last");
            return list.isEmpty() ? null : list.get(list.size() - 1);
        });
        table.put("rest", 1, (args, at) -> {
            List<Object> list = GoValues.list(args.get(0), "rest");
            return list.isEmpty() ? list : new ArrayList<>(list.subList(1, list.size()));
        });
        table.put("initial", 1, (args, at) -> {
            List<Object> list = GoValues.list(args.get(0), "initial");
            return list.isEmpty() ? list : new ArrayList<>(list.subList(0, list.size() - 1));
        });
        table.put("append", 2, (args, at) -> {
            List<Object> list = GoValues.list(args.get(0), "append");
            list.add(args.get(1));
            return list;
        });
        table.put("prepend", 2, (args, at) -> {
            List<Object> list = GoValues.list(args.get(0), "prepend");
            list.add(0, args.get(1));
            return list;
        });
        table.put("concat", 0, FunctionTable.ANY, (args, at) -> {
            List<Object> all = new ArrayList<>();
            args.forEach(list -> all.addAll(GoValues.list(list, "concat")));
            return all;
        });
        table.put("uniq", 1, (args, at) -> new ArrayList<>(new LinkedHashSet<>(GoValues.list(args.get(0), "uniq"))));
        table.put("compact", 1, (args, at) -> new ArrayList<>(GoValues.list(args.get(0), "compact").stream()
                .filter(GoValues::truth).toList()));
        table.put("reverse", 1, (args, at) -> {
            List<Object> list = GoValues.list(args.get(0), "reverse");
            java.util.Collections.reverse(list);
            return list;
        });
        table.put("without", 1, FunctionTable.ANY, (args, at) -> {
            List<Object> list = GoValues.list(args.get(0), "without");
            List<Object> drop = args.subList(1, args.size());
            return new ArrayList<>(list.stream().filter(element -> drop.stream().noneMatch(d -> GoValues.equal(d, element))).toList());
        });
        table.put("has", 2, (args, at) -> args.get(1) != null
                && GoValues.list(args.get(1), "has").stream().anyMatch(element -> GoValues.equal(element, args.get(0))));
        table.put("sortAlpha", 1, (args, at) -> new ArrayList<Object>(strings(args.get(0)).stream().sorted().toList()));
        table.put("toStrings", 1, (args, at) -> new ArrayList<Object>(strings(args.get(0))));
        table.put("until", 1, (args, at) -> {
            long n = GoValues.toLong(args.get(0));
            if (n > Execution.MAX_ITERATIONS) {
                throw new FunctionException("until count out of range");
            }
            List<Object> numbers = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                numbers.add(i);
            }
            return numbers;
        });
    }

    private static void maps(FunctionTable table) {
        table.put("dict", 0, FunctionTable.ANY, (args, at) -> {
            Map<String, Object> dict = new LinkedHashMap<>();
            for (int i = 0; i < args.size(); i += 2) {
                dict.put(s(args.get(i)), i + 1 < args.size() ? args.get(i + 1) : "");
            }
            return dict;
        });
        table.put("hasKey", 2, (args, at) -> GoValues.map(args.get(0), "hasKey").containsKey(s(args.get(1))));
        table.put("get", 2, (args, at) -> {
            Map<String, Object> map = GoValues.map(args.get(0), "get");
            return map.containsKey(s(args.get(1))) ? map.get(s(args.get(1))) : "";
        });
        table.put("set", 3, (args, at) -> {
            Map<String, Object> map = GoValues.map(args.get(0), "set");
            map.put(s(args.get(1)), args.get(2));
            return map;
        });
        table.put("unset", 2, (args, at) -> {
            Map<String, Object> map = GoValues.map(args.get(0), "unset");
            map.remove(s(args.get(1)));
            return map;
        });
        table.put("keys", 1, FunctionTable.ANY, (args, at) -> {
            List<Object> keys = new ArrayList<>();
            args.forEach(map -> keys.addAll(GoValues.map(map, "keys").keySet()));
            return keys;
        });
        table.put("values", 1, (args, at) -> new ArrayList<>(GoValues.map(args.get(0), "values").values()));
        table.put("pluck", 1, FunctionTable.ANY, (args, at) -> {
            List<Object> found = new ArrayList<>();
            args.subList(1, args.size()).forEach(map -> {
                Map<String, Object> values = GoValues.map(map, "pluck");
                if (values.containsKey(s(args.get(0)))) {
                    found.add(values.get(s(args.get(0))));
                }
            });
            return found;
        });
        table.put("pick", 1, FunctionTable.ANY, (args, at) -> {
            Map<String, Object> picked = new LinkedHashMap<>();
            Map<String, Object> map = GoValues.map(args.get(0), "pick");
            args.subList(1, args.size()).forEach(key -> {
                if (map.containsKey(s(key))) {
                    picked.put(s(key), map.get(s(key)));
                }
            });
            return picked;
        });
        table.put("omit", 1, FunctionTable.ANY, (args, at) -> {
            Map<String, Object> kept = new LinkedHashMap<>(GoValues.map(args.get(0), "omit"));
            args.subList(1, args.size()).forEach(key -> kept.remove(s(key)));
            return kept;
        });
        table.put("dig", 2, FunctionTable.ANY, (args, at) -> {
            Object current = args.get(args.size() - 1);
            for (Object key : args.subList(0, args.size() - 2)) {
                if (!(current instanceof Map<?, ?> map) || !map.containsKey(s(key))) {
                    return args.get(args.size() - 2);
                }
                current = map.get(s(key));
            }
            return current;
        });
        table.put("merge", 1, FunctionTable.ANY, (args, at) -> merge(args, false));
        table.put("mergeOverwrite", 1, FunctionTable.ANY, (args, at) -> merge(args, true));
    }

    /** mergo's Merge: the first map is filled from the others, recursively; with overwrite, non-empty later values win. */
    static Map<String, Object> merge(List<Object> args, boolean overwrite) {
        Map<String, Object> into = GoValues.map(args.get(0), "merge");
        for (Object source : args.subList(1, args.size())) {
            if (source != null) {
                mergeInto(into, GoValues.map(source, "merge"), overwrite);
            }
        }
        return into;
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> into, Map<String, Object> source, boolean overwrite) {
        for (Map.Entry<String, Object> entry : source.entrySet()) {
            Object existing = into.get(entry.getKey());
            Object incoming = entry.getValue();
            if (existing instanceof Map<?, ?> target && incoming instanceof Map<?, ?> more) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) target);
                mergeInto(copy, (Map<String, Object>) more, overwrite);
                into.put(entry.getKey(), copy);
            } else if (!into.containsKey(entry.getKey()) || GoValues.empty(existing) && !overwrite
                    || overwrite && GoValues.truth(incoming)) {
                into.put(entry.getKey(), GoValues.copy(incoming));
            }
        }
    }

    private static void numbers(FunctionTable table) {
        table.put("int", 1, (args, at) -> GoValues.toLong(args.get(0)));
        table.put("int64", 1, (args, at) -> GoValues.toLong(args.get(0)));
        table.put("atoi", 1, (args, at) -> {
            try {
                return Long.parseLong(s(args.get(0)));
            } catch (NumberFormatException notInteger) {
                return 0L;
            }
        });
        table.put("float64", 1, (args, at) -> GoValues.toDouble(args.get(0)));
        table.put("add", 0, FunctionTable.ANY, (args, at) -> args.stream().mapToLong(GoValues::toLong).sum());
        table.put("add1", 1, (args, at) -> GoValues.toLong(args.get(0)) + 1);
        table.put("sub", 2, (args, at) -> GoValues.toLong(args.get(0)) - GoValues.toLong(args.get(1)));
        table.put("mul", 1, FunctionTable.ANY, (args, at) -> args.stream().mapToLong(GoValues::toLong).reduce(1, (a, b) -> a * b));
        table.put("div", 2, (args, at) -> {
            long divisor = GoValues.toLong(args.get(1));
            if (divisor == 0) {
                throw new FunctionException("integer divide by zero");
            }
            return GoValues.toLong(args.get(0)) / divisor;
        });
        table.put("mod", 2, (args, at) -> {
            long divisor = GoValues.toLong(args.get(1));
            if (divisor == 0) {
                throw new FunctionException("integer divide by zero");
            }
            return GoValues.toLong(args.get(0)) % divisor;
        });
        table.put("addf", 0, FunctionTable.ANY, (args, at) -> args.stream().mapToDouble(GoValues::toDouble).sum());
        table.put("add1f", 1, (args, at) -> GoValues.toDouble(args.get(0)) + 1);
        table.put("subf", 1, FunctionTable.ANY, (args, at) -> args.stream().skip(1).mapToDouble(GoValues::toDouble)
                .reduce(GoValues.toDouble(args.get(0)), (a, b) -> a - b));
        table.put("mulf", 1, FunctionTable.ANY, (args, at) -> args.stream().mapToDouble(GoValues::toDouble).reduce(1, (a, b) -> a * b));
        table.put("divf", 1, FunctionTable.ANY, (args, at) -> args.stream().skip(1).mapToDouble(GoValues::toDouble)
                .reduce(GoValues.toDouble(args.get(0)), (a, b) -> a / b));
        table.put("maxf", 1, FunctionTable.ANY, (args, at) -> args.stream().mapToDouble(GoValues::toDouble).max().orElse(0));
        table.put("minf", 1, FunctionTable.ANY, (args, at) -> args.stream().mapToDouble(GoValues::toDouble).min().orElse(0));
        table.put("floor", 1, (args, at) -> Math.floor(GoValues.toDouble(args.get(0))));
        table.put("ceil", 1, (args, at) -> Math.ceil(GoValues.toDouble(args.get(0))));
        table.put("round", 2, 3, (args, at) -> new java.math.BigDecimal(GoValues.toDouble(args.get(0)))
                .setScale((int) GoValues.toLong(args.get(1)), java.math.RoundingMode.HALF_UP).doubleValue());
        table.put("seq", 1, 3, (args, at) -> {
            long first = args.size() > 1 ? GoValues.toLong(args.get(0)) : 1;
            long last = GoValues.toLong(args.get(args.size() - 1));
            long step = args.size() == 3 ? GoValues.toLong(args.get(1)) : first <= last ? 1 : -1;
            if (step == 0 || Math.abs((last - first) / step) > Execution.MAX_ITERATIONS) {
                throw new FunctionException("seq out of range");
            }
            List<String> numbers = new ArrayList<>();
            for (long n = first; step > 0 ? n <= last : n >= last; n += step) {
                numbers.add(Long.toString(n));
            }
            return String.join(" ", numbers);
        });
        table.put("max", 1, FunctionTable.ANY, (args, at) -> args.stream().mapToLong(GoValues::toLong).max().orElse(0));
        table.put("min", 1, FunctionTable.ANY, (args, at) -> args.stream().mapToLong(GoValues::toLong).min().orElse(0));
    }

    private static void encodings(FunctionTable table) {
        table.put("b64enc", 1, (args, at) -> Base64.getEncoder().encodeToString(s(args.get(0)).getBytes(StandardCharsets.UTF_8)));
        table.put("b64dec", 1, (args, at) -> {
            try {
                return new String(Base64.getDecoder().decode(s(args.get(0))), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException bad) {
                return "illegal base64 data";
            }
        });
        table.put("sha256sum", 1, (args, at) -> digest("SHA-256", s(args.get(0))));
        table.put("sha1sum", 1, (args, at) -> digest("SHA-1", s(args.get(0))));
        table.put("sha512sum", 1, (args, at) -> digest("SHA-512", s(args.get(0))));
        table.put("adler32sum", 1, (args, at) -> {
            java.util.zip.Adler32 sum = new java.util.zip.Adler32();
            sum.update(s(args.get(0)).getBytes(StandardCharsets.UTF_8));
            return Long.toString(sum.getValue());
        });
        table.put("toYaml", 1, (args, at) -> YamlValues.toYaml(args.get(0)));
        table.put("fromYaml", 1, (args, at) -> YamlValues.fromYaml(s(args.get(0))));
        table.put("toJson", 1, (args, at) -> YamlValues.toJson(args.get(0)));
        table.put("toPrettyJson", 1, (args, at) -> YamlValues.toJson(args.get(0)));
        table.put("fromJson", 1, (args, at) -> YamlValues.fromJson(s(args.get(0))));
    }

    private static String digest(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new FunctionException(algorithm + " is not available");
        }
    }
}
