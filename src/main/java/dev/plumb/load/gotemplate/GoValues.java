package dev.plumb.load.gotemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Go's view of the values a template handles — nil, string, int64, float64, bool, map[string]interface{},
 * []interface{} — held as null, String, Long, Double, Boolean, Map and List: truth, printing as
 * {@code fmt}'s %v does, comparison and conversion.
 */
public final class GoValues {

    private GoValues() {
    }

    /** Go's truth of a value: false, 0, nil, and empty strings, maps and lists are false. */
    public static boolean truth(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Long l) {
            return l != 0;
        }
        if (value instanceof Double d) {
            return d != 0;
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return true;
    }

    /** sprig's {@code empty}: the opposite of truth. */
    public static boolean empty(Object value) {
        return !truth(value);
    }

    /** How {@code {{ x }}} prints a value: like %v, with a nil value as {@code <no value>}. */
    static String output(Object value) {
        return value == null ? "<no value>" : format(value);
    }

    /** fmt's %v. */
    public static String format(Object value) {
        if (value == null) {
            return "<nil>";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double d) {
            return formatFloat(d);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("map[");
            boolean first = true;
            for (Map.Entry<String, Object> entry : sorted(map).entrySet()) {
                if (!first) {
                    out.append(' ');
                }
                first = false;
                out.append(entry.getKey()).append(':').append(format(entry.getValue()));
            }
            return out.append(']').toString();
        }
        if (value instanceof Collection<?> list) {
            StringBuilder out = new StringBuilder("[");
            boolean first = true;
            for (Object element : list) {
                if (!first) {
                    out.append(' ');
                }
                first = false;
                out.append(format(element));
            }
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }

    /** strconv's shortest 'g' form with %v's exponent threshold of 21 digits. */
    static String formatFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent < -4 || exponent >= 21) {
            String digits = exact.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String sign = d < 0 ? "-" : "";
            String exponentText = String.format("%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
            return sign + mantissa + "e" + exponentText;
        }
        return exact.toPlainString();
    }

    /** A map with its keys in Go's order for printing and ranging: sorted. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> sorted(Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
        return sorted;
    }

    /** Equality as {@code eq} sees it: numbers by value, whatever their Go type. */
    public static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x instanceof Long && y instanceof Long ? x.longValue() == y.longValue()
                    : x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    /** Ordering for lt/le/gt/ge: numbers with numbers, strings with strings. */
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x instanceof Long && y instanceof Long ? Long.compare(x.longValue(), y.longValue())
                    : Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        throw new FunctionException("incompatible types for comparison");
    }

    /** sprig's toString / Go's fmt.Sprint of one value. */
    public static String string(Object value) {
        return value instanceof String s ? s : format(value);
    }

    /** sprig's {@code int}/{@code int64} conversion (cast.ToInt: strings parse, floats truncate, failures give 0). */
    static long toLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof String s) {
            // strconv.ParseInt(s, 0, 0): decimal, 0x, 0o, 0b; anything else is 0.
            try {
                String text = s.trim().replace("_", "");
                boolean negative = text.startsWith("-");
                String digits = negative || text.startsWith("+") ? text.substring(1) : text;
                String lower = digits.toLowerCase(java.util.Locale.ROOT);
                long parsed = lower.startsWith("0x") ? Long.parseLong(lower.substring(2), 16)
                        : lower.startsWith("0o") ? Long.parseLong(lower.substring(2), 8)
                        : lower.startsWith("0b") ? Long.parseLong(lower.substring(2), 2)
                        : lower.length() > 1 && lower.startsWith("0") ? Long.parseLong(lower.substring(1), 8)
                        : Long.parseLong(lower);
                return negative ? -parsed : parsed;
            } catch (NumberFormatException | StringIndexOutOfBoundsException notInteger) {
                return 0;
            }
        }
        return 0;
    }

    static double toDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException notNumber) {
                return 0;
            }
        }
        return value instanceof Boolean b && b ? 1 : 0;
    }

    /** A list as sprig takes one: lists as they are, anything else an error. */
    static List<Object> list(Object value, String function) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        throw new FunctionException("cannot use " + typeName(value) + " as a list in " + function);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String function) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new FunctionException("cannot use " + typeName(value) + " as a map in " + function);
    }

    /** Go's name of a value's type, as error messages and {@code typeOf} give it. */
    public static String typeName(Object value) {
        if (value == null) {
            return "<nil>";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Long) {
            return "int";
        }
        if (value instanceof Double) {
            return "float64";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Map) {
            return "map[string]interface {}";
        }
        if (value instanceof Collection) {
            return "[]interface {}";
        }
        return "unresolved";
    }

    /** sprig's kindOf. */
    static String kind(Object value) {
        if (value == null) {
            return "invalid";
        }
        if (value instanceof Map || value instanceof Collection) {
            return value instanceof Map ? "map" : "slice";
        }
        return typeName(value);
    }

    /** A deep copy with fresh mutable maps and lists, so {@code set} and {@code merge} never change a caller's data. */
    @SuppressWarnings("unchecked")
    public static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(String.valueOf(key), copy(element)));
            return copy;
        }
        if (value instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(copy(element)));
            return copy;
        }
        return value;
    }
}
