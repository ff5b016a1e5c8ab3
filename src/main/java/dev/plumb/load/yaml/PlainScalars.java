package dev.plumb.load.yaml;

import dev.plumb.model.ScalarNode;

/**
 * Types an unquoted scalar the way Kubernetes' YAML reader does (YAML 1.2 core schema, plus the
 * 1.1 spellings it still accepts for booleans), without the regular expressions of a general
 * resolver: typing every scalar of a large repository is hot.
 */
final class PlainScalars {

    private PlainScalars() {
    }

    static ScalarNode.Type type(String value) {
        if (value.isEmpty()) {
            return ScalarNode.Type.NULL;
        }
        char first = value.charAt(0);
        if (first == '~' && value.length() == 1) {
            return ScalarNode.Type.NULL;
        }
        if (first == 'n' || first == 'N') {
            return value.equals("null") || value.equals("Null") || value.equals("NULL")
                    ? ScalarNode.Type.NULL : ScalarNode.Type.STRING;
        }
        if (first == 't' || first == 'T' || first == 'f' || first == 'F') {
            return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                    ? ScalarNode.Type.BOOLEAN : ScalarNode.Type.STRING;
        }
        if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') {
            return isNumber(value) ? ScalarNode.Type.NUMBER : ScalarNode.Type.STRING;
        }
        return ScalarNode.Type.STRING;
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return !value.endsWith("d") && !value.endsWith("D") && !value.endsWith("f") && !value.endsWith("F");
        } catch (NumberFormatException notANumber) {
            return value.startsWith("0x") || value.startsWith("0o");
        }
    }
}
