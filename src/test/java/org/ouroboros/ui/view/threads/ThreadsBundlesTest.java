package org.ouroboros.ui.view.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.ui.view.gil.LaneState;
import org.ouroboros.ui.view.gil.SchedControls;
import org.ouroboros.ui.view.gil.ThreadExamples;
import org.ouroboros.ui.view.sync.OpGlyphs;

/** The threads views' bundles: every English key has a Chinese translation, and every name the code asks for exists. */
class ThreadsBundlesTest {
    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ThreadsBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/ouroboros/ui/view/gil/messages", "/org/ouroboros/ui/view/race/messages",
        "/org/ouroboros/ui/view/sync/messages"})
    void englishAndChineseHaveTheSameKeys(String bundle) throws Exception {
        assertEquals(load(bundle + ".properties").stringPropertyNames(),
                load(bundle + "_zh_CN.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN"})
    void everyStateModeExampleAndOperationHasAName(String language) throws Exception {
        Properties gil = load("/org/ouroboros/ui/view/gil/messages" + language + ".properties");
        for (LaneState s : LaneState.values()) {
            assertTrue(gil.containsKey(s.key()), s.key());
        }
        for (SchedConfig.Mode m : SchedConfig.Mode.values()) {
            assertTrue(gil.containsKey(SchedControls.modeKey(m)), m.name());
        }
        for (ThreadExamples e : ThreadExamples.values()) {
            assertTrue(gil.containsKey(e.key()), e.key());
        }
        Properties sync = load("/org/ouroboros/ui/view/sync/messages" + language + ".properties");
        for (SchedEvent.PrimitiveOpKind op : SchedEvent.PrimitiveOpKind.values()) {
            assertTrue(sync.containsKey(OpGlyphs.key(op)), OpGlyphs.key(op));
        }
    }
}
