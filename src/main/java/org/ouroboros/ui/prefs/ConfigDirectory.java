package org.ouroboros.ui.prefs;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Finds the per-user configuration folder: system property {@code ouroboros.configDir} (tests
 * point it at a temporary folder), else {@code $XDG_CONFIG_HOME/ouroboros}, else
 * {@code ~/.config/ouroboros}.
 */
public final class ConfigDirectory {
    public static final String OVERRIDE_PROPERTY = "ouroboros.configDir";

    private ConfigDirectory() {}

    public static Path resolve() {
        return resolve(System.getProperties(), System.getenv());
    }

    static Path resolve(Properties systemProperties, Map<String, String> environment) {
        String override = systemProperties.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "ouroboros");
        }
        return Path.of(systemProperties.getProperty("user.home"), ".config", "ouroboros");
    }
}
