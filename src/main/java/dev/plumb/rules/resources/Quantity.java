package dev.plumb.rules.resources;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Kubernetes resource quantity ("500m", "1.5Gi", "2e3") read as an exact number of base units. */
final class Quantity {

    private static final Pattern FORM = Pattern.compile(
            "([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(?:([KMGTPE]i)|[eE]([+-]?\\d{1,3})|([numkMGTPE]))?");

    private static final Map<String, BigDecimal> BINARY = Map.of(
            "Ki", BigDecimal.valueOf(2).pow(10), "Mi", BigDecimal.valueOf(2).pow(20),
            "Gi", BigDecimal.valueOf(2).pow(30), "Ti", BigDecimal.valueOf(2).pow(40),
            "Pi", BigDecimal.valueOf(2).pow(50), "Ei", BigDecimal.valueOf(2).pow(60));
    private static final Map<String, Integer> DECIMAL_EXPONENT = Map.of(
            "n", -9, "u", -6, "m", -3, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);

    private Quantity() {
    }

    /** The value, or empty for text that is not a quantity (a template, a typo such as "512MB"). */
    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(matcher.group(1));
        if (matcher.group(2) != null) {
            return Optional.of(number.multiply(BINARY.get(matcher.group(2))));
        }
        if (matcher.group(3) != null) {
            return Optional.of(number.scaleByPowerOfTen(Integer.parseInt(matcher.group(3))));
        }
        if (matcher.group(4) != null) {
            return Optional.of(number.scaleByPowerOfTen(DECIMAL_EXPONENT.get(matcher.group(4))));
        }
        return Optional.of(number);
    }
}
