package org.ouroboros.ui.lecture;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.Property;
import org.ouroboros.sched.SchedConfig;

/**
 * The threads lesson's scheduler ({@link SchedConfig}) in a lecture: seed, switch interval,
 * mode, cores and modelled CPython version, so the run (and so every player position) is the
 * one prepared at home.
 */
public final class SchedLectureSettings implements LectureSettings {
    public static final String OWNER = "threads";

    private final Property<SchedConfig> config;

    public SchedLectureSettings(Property<SchedConfig> config) {
        this.config = config;
    }

    @Override
    public Map<String, String> save() {
        return toMap(config.getValue());
    }

    @Override
    public Runnable restore(Map<String, String> saved) {
        SchedConfig restored = fromMap(saved, config.getValue());
        return () -> config.setValue(restored);
    }

    static Map<String, String> toMap(SchedConfig c) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("seed", Long.toString(c.seed()));
        map.put("switchIntervalNs", Long.toString(c.switchIntervalNs()));
        map.put("mode", c.mode().cliName());
        map.put("cores", Integer.toString(c.cores()));
        map.put("cpython", c.cpython().label());
        return map;
    }

    static SchedConfig fromMap(Map<String, String> saved, SchedConfig base) {
        SchedConfig c = base;
        try {
            if (saved.containsKey("seed")) {
                c = c.withSeed(Long.parseLong(saved.get("seed").strip()));
            }
            if (saved.containsKey("switchIntervalNs")) {
                c = c.withSwitchIntervalNs(Long.parseLong(saved.get("switchIntervalNs").strip()));
            }
            if (saved.containsKey("mode")) {
                c = c.withMode(SchedConfig.Mode.parse(saved.get("mode").strip()));
            }
            if (saved.containsKey("cores")) {
                c = c.withCores(Integer.parseInt(saved.get("cores").strip()));
            }
            if (saved.containsKey("cpython")) {
                c = c.withCpython(SchedConfig.CPythonVersion.parse(saved.get("cpython").strip()));
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException included; the record's own checks reject out-of-range values.
            throw new IllegalArgumentException("settings." + OWNER + ": " + e.getMessage(), e);
        }
        return c;
    }
}
