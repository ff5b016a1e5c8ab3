package dev.plumb.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A mapping. Keeps where each key was written, because a finding about a field ("hostNetwork: true")
 * should point at the key's line even when the value is a nested block. Stored as parallel arrays:
 * a large repository holds millions of small mappings, and hash tables per mapping cost more
 * memory (and collector time) than the whole parse.
 */
public final class MapNode extends Node {

    /** Above this many keys a lookup index pays for itself. */
    private static final int LINEAR_LOOKUP_LIMIT = 8;

    private final String[] keys;
    private final Node[] values;
    private final int[] keyLines;
    private final int[] keyColumns;
    private volatile Map<String, Integer> index;

    private MapNode(Position start, int endLine, String[] keys, Node[] values, int[] keyLines, int[] keyColumns) {
        super(start, endLine);
        this.keys = keys;
        this.values = values;
        this.keyLines = keyLines;
        this.keyColumns = keyColumns;
    }

    public static MapNode empty(Position at) {
        return new Builder(at).build(at.line());
    }

    /** Collects entries in document order; a repeated key replaces the earlier value and position. */
    public static final class Builder {

        private final Position start;
        private String[] keys = new String[4];
        private Node[] values = new Node[4];
        private int[] keyLines = new int[4];
        private int[] keyColumns = new int[4];
        private int size;

        public Builder(Position start) {
            this.start = start;
        }

        public Builder put(String key, Position keyPosition, Node value) {
            int existing = indexOf(key);
            if (existing >= 0) {
                values[existing] = value;
                keyLines[existing] = keyPosition.line();
                keyColumns[existing] = keyPosition.column();
                return this;
            }
            if (size == keys.length) {
                int capacity = size * 2;
                keys = Arrays.copyOf(keys, capacity);
                values = Arrays.copyOf(values, capacity);
                keyLines = Arrays.copyOf(keyLines, capacity);
                keyColumns = Arrays.copyOf(keyColumns, capacity);
            }
            keys[size] = key;
            values[size] = value;
            keyLines[size] = keyPosition.line();
            keyColumns[size] = keyPosition.column();
            size++;
            return this;
        }

        public boolean has(String key) {
            return indexOf(key) >= 0;
        }

        /** The line {@code key} was written on, or 0. */
        public int keyLine(String key) {
            int at = indexOf(key);
            return at < 0 ? 0 : keyLines[at];
        }

        private int indexOf(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        public MapNode build(int endLine) {
            return new MapNode(start, endLine, Arrays.copyOf(keys, size), Arrays.copyOf(values, size),
                    Arrays.copyOf(keyLines, size), Arrays.copyOf(keyColumns, size));
        }
    }

    private int indexOf(String key) {
        if (keys.length <= LINEAR_LOOKUP_LIMIT) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
        Map<String, Integer> lookup = index;
        if (lookup == null) {
            Map<String, Integer> built = new HashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                built.put(keys[i], i);
            }
            lookup = Collections.unmodifiableMap(built);
            index = lookup;
        }
        Integer at = lookup.get(key);
        return at == null ? -1 : at;
    }

    @Override
    public Node get(String key) {
        int at = indexOf(key);
        return at < 0 ? MissingNode.INSTANCE : values[at];
    }

    public boolean has(String key) {
        return indexOf(key) >= 0;
    }

    /** Where {@code key} itself was written, or this mapping's start when absent. */
    public Position keyPosition(String key) {
        int at = indexOf(key);
        return at < 0 ? position() : new Position(file(), keyLines[at], keyColumns[at]);
    }

    @Override
    public boolean isMap() {
        return true;
    }

    /** A read-only view in document order. */
    @Override
    public Map<String, Node> fields() {
        return new FieldsView();
    }

    /** Non-scalar values are left out. */
    @Override
    public Map<String, String> stringMap() {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (values[i].isScalar() && values[i].text() != null) {
                result.put(keys[i], values[i].text());
            }
        }
        return Collections.unmodifiableMap(result);
    }

    @Override
    public String toString() {
        return fields().toString();
    }

    private final class FieldsView extends AbstractMap<String, Node> {

        @Override
        public Node get(Object key) {
            int at = key instanceof String text ? indexOf(text) : -1;
            return at < 0 ? null : values[at];
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String text && indexOf(text) >= 0;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public Set<Entry<String, Node>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Node>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Entry<String, Node> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, Node> entry = new SimpleImmutableEntry<>(keys[next], values[next]);
                            next++;
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }
    }
}
