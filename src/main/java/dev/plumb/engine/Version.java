package dev.plumb.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** plumb's own version, stamped into the build by Maven resource filtering. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/plumb/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException unreadable) {
            return "dev";
        }
    }
}
