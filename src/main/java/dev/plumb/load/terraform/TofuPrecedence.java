package dev.plumb.load.terraform;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * OpenTofu's extension precedence: where {@code x.tofu} and {@code x.tf} sit in one directory,
 * OpenTofu reads {@code x.tofu} and ignores {@code x.tf} (modules written for both tools keep the
 * OpenTofu-only code there). Other {@code .tf} and {@code .tofu} files of a directory form one stack.
 */
final class TofuPrecedence {

    private static final String TF = ".tf";
    private static final String TOFU = ".tofu";

    private TofuPrecedence() {
    }

    /** Each {@code .tf} file that a {@code .tofu} file replaces → that {@code .tofu} file. */
    static Map<String, String> replaced(Collection<String> paths) {
        Map<String, String> tofuByBase = new HashMap<>();
        for (String path : paths) {
            if (endsWith(path, TOFU)) {
                tofuByBase.put(path.substring(0, path.length() - TOFU.length()), path);
            }
        }
        Map<String, String> replaced = new LinkedHashMap<>();
        for (String path : paths) {
            if (endsWith(path, TF)) {
                String base = path.substring(0, path.length() - TF.length());
                String tofu = tofuByBase.get(base);
                if (tofu != null) {
                    replaced.put(path, tofu);
                }
            }
        }
        return replaced;
    }

    private static boolean endsWith(String path, String extension) {
        return path.toLowerCase(Locale.ROOT).endsWith(extension);
    }
}
