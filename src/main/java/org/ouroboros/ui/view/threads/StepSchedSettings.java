package org.ouroboros.ui.view.threads;

import java.util.Map;
import org.ouroboros.sched.SchedConfig;

/**
 * A threads-lesson step's {@code step.k.settings} as scheduler knobs. The keys are the options of
 * {@code ouroboros run}: {@code mode} (gil, free, processes), {@code cores}, {@code seed},
 * {@code switch-interval} (seconds) and {@code cpython} (3.11, 3.9). Knobs a step does not name
 * keep the lesson's starting values, so every step shows the same run whoever visited before it.
 */
public final class StepSchedSettings {
    /** The knobs the threads lesson starts with. */
    public static final SchedConfig LESSON_DEFAULT = SchedConfig.DEFAULT.withCores(2);

    private StepSchedSettings() {}

    /** {@link #LESSON_DEFAULT} with {@code settings} applied; an unknown key or bad value is an IllegalArgumentException. */
    public static SchedConfig of(Map<String, String> settings) {
        SchedConfig config = LESSON_DEFAULT;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String value = e.getValue();
            try {
                config = switch (e.getKey()) {
                    case "mode" -> config.withMode(SchedConfig.Mode.parse(value));
                    case "cores" -> config.withCores(Integer.parseInt(value));
                    case "seed" -> config.withSeed(Long.parseLong(value));
                    case "switch-interval" -> config.withSwitchIntervalNs(Math.round(Double.parseDouble(value) * 1e9));
                    case "cpython" -> config.withCpython(SchedConfig.CPythonVersion.parse(value));
                    default -> throw new IllegalArgumentException("unknown setting '" + e.getKey()
                            + "' (expected mode, cores, seed, switch-interval, cpython)");
                };
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("setting " + e.getKey() + "=" + value + " is not a number", ex);
            }
        }
        return config;
    }
}
