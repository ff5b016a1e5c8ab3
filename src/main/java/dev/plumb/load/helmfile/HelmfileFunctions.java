package dev.plumb.load.helmfile;

import dev.plumb.load.gotemplate.FunctionException;
import dev.plumb.load.gotemplate.FunctionTable;
import dev.plumb.load.gotemplate.GoValues;
import dev.plumb.load.gotemplate.Unresolved;
import dev.plumb.load.gotemplate.YamlValues;
import dev.plumb.load.terraform.RepoPaths;
import dev.plumb.load.terraform.RepositoryFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * helmfile's own template functions on top of sprig. Files are read only inside the scanned root,
 * relative to the file being rendered; what would run a command, read the environment or fetch a
 * secret yields {@link Unresolved} instead, so a scan never depends on, nor prints, the machine's secrets.
 */
final class HelmfileFunctions {

    private static final List<String> NEVER_RUN = List.of("env", "requiredEnv", "exec", "envExec", "fetchSecretValue",
            "expandSecretRefs", "expandenv");

    private HelmfileFunctions() {
    }

    /**
     * @param directory the root-relative directory of the file being rendered
     * @param read      collects the root-relative paths the template reads, so they count as used
     */
    static FunctionTable of(RepositoryFiles files, String directory, Set<String> read) {
        FunctionTable table = FunctionTable.standard();
        for (String name : NEVER_RUN) {
            table.put(name, 0, FunctionTable.ANY, (args, at) -> new Unresolved(name));
        }
        table.put("readFile", 1, (args, at) -> {
            if (text(args.get(0)).contains(Unresolved.PREFIX)) {
                return new Unresolved("readFile");
            }
            String path = inside(directory, text(args.get(0)), "readFile");
            read.add(path);
            return files.text(path).orElseThrow(() -> new FunctionException("open " + text(args.get(0))
                    + ": no such file in the repository"));
        });
        table.put("isFile", 1, (args, at) -> {
            String path = RepoPaths.resolve(directory, text(args.get(0)));
            return path != null && files.bytes(path).isPresent();
        });
        table.put("isDir", 1, (args, at) -> {
            String path = RepoPaths.resolve(directory, text(args.get(0)));
            return path != null && (!files.list(path).isEmpty() || !files.directories(path).isEmpty());
        });
        table.put("readDir", 1, (args, at) -> directory(files, directory, text(args.get(0)), "readDir"));
        // listDir also lists folders; plumb lists the files only.
        table.put("listDir", 1, (args, at) -> directory(files, directory, text(args.get(0)), "listDir"));
        table.put("get", 2, 3, (args, at) -> {
            Object found = path(args.get(args.size() - 1), text(args.get(0)), args.size() == 3);
            if (found == MISSING) {
                return args.get(1);
            }
            if (found == NO_VALUE) {
                throw new FunctionException("no value exists at " + text(args.get(0)));
            }
            return found;
        });
        table.put("getOrNil", 2, (args, at) -> {
            Object found = path(args.get(1), text(args.get(0)), false);
            return found == MISSING || found == NO_VALUE ? null : found;
        });
        table.put("sprigGet", 2, (args, at) -> {
            Map<String, Object> map = mapOf(args.get(0), "sprigGet");
            return map.getOrDefault(text(args.get(1)), "");
        });
        table.put("setValueAtPath", 3, (args, at) -> {
            Map<String, Object> root = mapOf(args.get(2), "setValueAtPath");
            String[] keys = text(args.get(0)).split("\\.");
            Map<String, Object> current = root;
            for (int i = 0; i < keys.length - 1; i++) {
                if (!(current.get(keys[i]) instanceof Map)) {
                    throw new FunctionException("failed to set value at path \"" + text(args.get(0)) + "\": value for key \""
                            + keys[i] + "\" does not exist or is not a map");
                }
                current = mapOf(current.get(keys[i]), "setValueAtPath");
            }
            current.put(keys[keys.length - 1], args.get(1));
            return root;
        });
        table.put("required", 2, (args, at) -> {
            Object value = args.get(1);
            if (value == null || value instanceof String text && text.isEmpty()) {
                throw new FunctionException(text(args.get(0)));
            }
            return value;
        });
        table.put("toYaml", 1, (args, at) -> YamlValues.toYaml(args.get(0)));
        table.put("fromYaml", 1, (args, at) -> YamlValues.fromYaml(text(args.get(0))));
        return table;
    }

    /** A key a map lacks, where {@code get} falls back to its default. */
    private static final Object MISSING = new Object();
    /** A path through something that is not a map: helmfile's get fails even with a default. */
    private static final Object NO_VALUE = new Object();

    private static Object path(Object root, String dotted, boolean hasDefault) {
        Object current = root;
        if (dotted.isEmpty()) {
            return current;
        }
        for (String key : dotted.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return NO_VALUE;
            }
            if (!map.containsKey(key)) {
                return hasDefault ? MISSING : NO_VALUE;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object value, String function) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new FunctionException("cannot use " + GoValues.typeName(value) + " as a map in " + function);
    }

    /** The files of a folder, named as helmfile names them: the folder as written, joined with each name. */
    private static List<Object> directory(RepositoryFiles files, String directory, String written, String function) {
        List<Object> entries = new ArrayList<>();
        String prefix = written.isEmpty() || written.endsWith("/") ? written : written + "/";
        files.list(inside(directory, written, function)).forEach(name -> entries.add(prefix + name));
        return entries;
    }

    private static String inside(String directory, String path, String function) {
        String resolved = RepoPaths.resolve(directory, path);
        if (resolved == null) {
            throw new FunctionException(function + " of a path outside the scanned repository");
        }
        return resolved;
    }

    private static String text(Object value) {
        return value == null ? "" : GoValues.string(value);
    }
}
