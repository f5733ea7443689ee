package org.ouroboros.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {
    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/ada");
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void theSystemPropertyWins() {
        assertEquals(Path.of("/tmp/cfg"), ConfigDirectory.resolve(
                props(ConfigDirectory.OVERRIDE_PROPERTY, "/tmp/cfg"), Map.of("XDG_CONFIG_HOME", "/xdg")));
    }

    @Test
    void thenXdgConfigHome() {
        assertEquals(Path.of("/xdg/ouroboros"), ConfigDirectory.resolve(props(), Map.of("XDG_CONFIG_HOME", "/xdg")));
    }

    @Test
    void thenDotConfigInHome() {
        assertEquals(Path.of("/home/ada/.config/ouroboros"), ConfigDirectory.resolve(props(), Map.of()));
    }
}
