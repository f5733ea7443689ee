package org.ouroboros.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every English key has a Chinese translation and the other way round. */
class MessagesBundleTest {
    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/ouroboros/ui/player/messages", "/org/ouroboros/ui/view/execution/messages"})
    void englishAndChineseHaveTheSameKeys(String bundle) throws Exception {
        assertEquals(load(bundle + ".properties").stringPropertyNames(),
                load(bundle + "_zh_CN.properties").stringPropertyNames());
    }
}
