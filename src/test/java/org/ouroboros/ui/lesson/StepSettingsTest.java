package org.ouroboros.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ouroboros.aio.AioSettings;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** A step's settings text as the VM options of {@code ouroboros run}. */
class StepSettingsTest {
    @Test
    void noSettingsLeaveTheBuilderAsTheOtherPartsMadeIt() {
        StepSettings none = StepSettings.parse(Map.of());
        assertEquals(StepSettings.NONE, none);
        Vm.Builder builder = Vm.builder();
        assertSame(builder, none.apply(builder));
    }

    @Test
    void schedulerKeysAreTheRunOptionsOnTopOfTheSchedulersDefaults() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("mode", "free");
        settings.put("cores", "4");
        settings.put("seed", "7");
        settings.put("switch-interval", "0.00001");
        settings.put("cpython", "3.9");
        SchedConfig config = StepSettings.parse(settings).scheduler().orElseThrow();
        assertEquals(new SchedConfig(7, 10_000, SchedConfig.Mode.FREE, 4, SchedConfig.CPythonVersion.V3_9), config);
        assertEquals(SchedConfig.DEFAULT.withCores(2), StepSettings.parse(Map.of("cores", "2")).scheduler().orElseThrow(),
                "knobs not named have the scheduler's defaults");
        assertTrue(StepSettings.parse(Map.of("cores", "2")).aio().isEmpty());
    }

    @Test
    void asyncioKeysSetTheLoopsClockAndPace() {
        StepSettings s = StepSettings.parse(Map.of("virtual-time", "true", "loop-delay", "0"));
        AioSettings aio = s.aio().orElseThrow();
        assertTrue(aio.virtualTime());
        assertFalse(StepSettings.parse(Map.of("virtual-time", "false")).aio().orElseThrow().virtualTime());
        assertTrue(s.scheduler().isEmpty());
    }

    @Test
    void theSettingsReachTheRun() {
        TraceRecorder recorder = new TraceRecorder();
        Vm vm = StepSettings.parse(Map.of("mode", "free", "cores", "3", "seed", "5"))
                .apply(Vm.builder().trace(recorder, TraceLevel.COARSE)).build();
        vm.run("import threading\nt = threading.Thread(target=print, args=('hi',))\nt.start()\nt.join()\n", "t.py");
        List<SchedEvent.RunConfigured> configured = recorder.finish().events().stream()
                .filter(SchedEvent.RunConfigured.class::isInstance).map(SchedEvent.RunConfigured.class::cast).toList();
        assertEquals(1, configured.size());
        assertEquals("free", configured.get(0).mode());
        assertEquals(3, configured.get(0).cores());
        assertEquals(5, configured.get(0).seed());
    }

    @Test
    void unknownKeysAndBadValuesAreRefusedWithTheirName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> StepSettings.parse(Map.of("speed", "2")));
        assertEquals("unknown setting 'speed' (expected mode, cores, seed, switch-interval, cpython, virtual-time, loop-delay)",
                unknown.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StepSettings.parse(Map.of("cores", "two")))
                .getMessage().contains("cores=two"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StepSettings.parse(Map.of("mode", "turbo")))
                .getMessage().contains("mode=turbo"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StepSettings.parse(Map.of("cores", "0")))
                .getMessage().contains("cores=0"));
        assertThrows(IllegalArgumentException.class, () -> StepSettings.parse(Map.of("virtual-time", "yes")));
        assertThrows(IllegalArgumentException.class, () -> StepSettings.parse(Map.of("loop-delay", "-1")));
    }
}
