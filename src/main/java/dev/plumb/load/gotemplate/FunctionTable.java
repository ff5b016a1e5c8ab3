package dev.plumb.load.gotemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions a template may call, by name, with how many arguments each takes: Go checks the count
 * before calling ({@code wrong number of args for x: want 2 got 3}), and so does plumb.
 */
public final class FunctionTable {

    /** {@code maxArguments} of a variadic function. */
    public static final int ANY = Integer.MAX_VALUE;

    record Entry(int minArguments, int maxArguments, TemplateFunction function) {}

    private final Map<String, Entry> entries = new HashMap<>();

    /** Go's own functions and the sprig subset infrastructure repositories use. */
    public static FunctionTable standard() {
        FunctionTable table = new FunctionTable();
        BuiltinFunctions.register(table);
        SprigFunctions.register(table);
        return table;
    }

    public FunctionTable copy() {
        FunctionTable copy = new FunctionTable();
        copy.entries.putAll(entries);
        return copy;
    }

    public FunctionTable put(String name, int minArguments, int maxArguments, TemplateFunction function) {
        entries.put(name, new Entry(minArguments, maxArguments, function));
        return this;
    }

    public FunctionTable put(String name, int arguments, TemplateFunction function) {
        return put(name, arguments, arguments, function);
    }

    /** {@code name} calls what {@code existing} calls. */
    FunctionTable alias(String name, String existing) {
        entries.put(name, entries.get(existing));
        return this;
    }

    public boolean has(String name) {
        return entries.containsKey(name);
    }

    Optional<Entry> get(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    static String wrongCount(String name, Entry entry, List<Object> arguments) {
        String want = entry.minArguments() == entry.maxArguments() ? String.valueOf(entry.minArguments())
                : entry.maxArguments() == ANY ? "at least " + entry.minArguments()
                : entry.minArguments() + " to " + entry.maxArguments();
        return "wrong number of args for " + name + ": want " + want + " got " + arguments.size();
    }
}
