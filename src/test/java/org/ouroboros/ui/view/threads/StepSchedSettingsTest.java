package org.ouroboros.ui.view.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ouroboros.sched.SchedConfig;

/** A threads step's settings text, as the knobs it sets. */
class StepSchedSettingsTest {
    @Test
    void noSettingsMeansTheLessonsStartingKnobs() {
        assertEquals(SchedConfig.DEFAULT.withCores(2), StepSchedSettings.of(Map.of()));
    }

    @Test
    void everyKeyIsAnOptionOfRun() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("mode", "free");
        settings.put("cores", "4");
        settings.put("seed", "7");
        settings.put("switch-interval", "0.00001");
        settings.put("cpython", "3.9");
        SchedConfig config = StepSchedSettings.of(settings);
        assertEquals(SchedConfig.Mode.FREE, config.mode());
        assertEquals(4, config.cores());
        assertEquals(7, config.seed());
        assertEquals(10_000, config.switchIntervalNs());
        assertEquals(SchedConfig.CPythonVersion.V3_9, config.cpython());
    }

    @Test
    void unknownKeysAndBadValuesAreRefusedWithTheirName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> StepSchedSettings.of(Map.of("speed", "2")));
        assertEquals("unknown setting 'speed' (expected mode, cores, seed, switch-interval, cpython)", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StepSchedSettings.of(Map.of("cores", "two")));
        assertThrows(IllegalArgumentException.class, () -> StepSchedSettings.of(Map.of("mode", "turbo")));
    }
}
