package org.ouroboros.ui.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ouroboros.aio.AioSettings;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.ui.model.LessonStepsLoader;
import org.ouroboros.ui.view.threads.StepSchedSettings;
import org.ouroboros.vm.Vm;

/**
 * The VM settings of one exercise run, written like a step's settings ({@code key=value;key=value}):
 * the scheduler knobs of {@code ouroboros run} ({@code mode}, {@code cores}, {@code seed},
 * {@code switch-interval}, {@code cpython}; those not named keep the threads lesson's starting
 * values) and {@code virtual-time} (asyncio's clock, on unless {@code false}: sleeps take no real
 * time, so checking is quick and every run the same).
 */
public record RunSettings(Map<String, String> values) {
    public static final RunSettings DEFAULT = new RunSettings(Map.of());
    private static final Set<String> SCHED_KEYS = Set.of("mode", "cores", "seed", "switch-interval", "cpython");
    private static final String VIRTUAL_TIME = "virtual-time";

    /** Checks every key and value; a mistake is an IllegalArgumentException saying what is accepted. */
    public RunSettings {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().equals(VIRTUAL_TIME)) {
                if (!e.getValue().equals("true") && !e.getValue().equals("false")) {
                    throw new IllegalArgumentException("virtual-time=" + e.getValue() + " (expected true or false)");
                }
            } else if (!SCHED_KEYS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown setting '" + e.getKey()
                        + "' (expected mode, cores, seed, switch-interval, cpython, virtual-time)");
            }
        }
        schedConfig(values);
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
        return schedConfig(values);
    }

    private static SchedConfig schedConfig(Map<String, String> values) {
        Map<String, String> sched = values.entrySet().stream().filter(e -> SCHED_KEYS.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return sched.isEmpty() ? null : StepSchedSettings.of(sched);
    }

    public boolean virtualTime() {
        return !"false".equals(values.get(VIRTUAL_TIME));
    }

    /** These settings applied to a VM builder. */
    public Vm.Builder applyTo(Vm.Builder builder) {
        SchedConfig config = schedConfig();
        if (config != null) {
            builder.scheduler(config);
        }
        return builder.with(AioSettings.class, AioSettings.defaults().withVirtualTime(virtualTime()));
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
