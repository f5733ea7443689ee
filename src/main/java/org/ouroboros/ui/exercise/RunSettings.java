package org.ouroboros.ui.exercise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ouroboros.aio.AioSettings;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.ui.lesson.StepSettings;
import org.ouroboros.ui.model.LessonStepsLoader;
import org.ouroboros.vm.Vm;

/**
 * The VM settings of one exercise run, written and meaning exactly what a step's settings do
 * ({@code key=value;key=value}, the options of {@code ouroboros run}; see {@link StepSettings}),
 * with one difference: asyncio runs on a virtual clock unless {@code virtual-time=false}, so
 * sleeps take no real time and checking is quick and the same every time.
 */
public record RunSettings(Map<String, String> values) {
    public static final RunSettings DEFAULT = new RunSettings(Map.of());
    private static final String VIRTUAL_TIME = "virtual-time";

    /** Checks every key and value; a mistake is an IllegalArgumentException saying what is accepted. */
    public RunSettings {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        StepSettings.parse(values);
    }

    /** {@code key=value;key=value}, blank for none (the format of a step's settings). */
    public static RunSettings parse(String text) {
        return new RunSettings(LessonStepsLoader.settings("", text));
    }

    /** Several settings separated by {@code |}, e.g. {@code seed=0 | mode=free;seed=1}. */
    public static List<RunSettings> parseList(String text) {
        return java.util.Arrays.stream(text.split("\\|")).map(String::strip).map(RunSettings::parse).toList();
    }

    /** The scheduler settings these name, or null when they name none (the VM then uses its own defaults). */
    public SchedConfig schedConfig() {
        return StepSettings.parse(values).scheduler().orElse(null);
    }

    public boolean virtualTime() {
        return !"false".equals(values.get(VIRTUAL_TIME));
    }

    /** These settings applied to a VM builder. */
    public Vm.Builder applyTo(Vm.Builder builder) {
        StepSettings step = StepSettings.parse(values);
        AioSettings aio = step.aio().orElseGet(AioSettings::defaults).withVirtualTime(virtualTime());
        return new StepSettings(step.scheduler(), java.util.Optional.of(aio)).apply(builder);
    }

    /** The value of {@code key}, if named. */
    public String get(String key) {
        return values.get(key);
    }

    /** {@code key=value;key=value}, as written. */
    public String text() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }
}
