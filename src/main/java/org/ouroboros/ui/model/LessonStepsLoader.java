package org.ouroboros.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a lesson's {@code steps.properties} (format: {@code /work/team/plan7.md}):
 * {@code steps=N}, then {@code step.k.code}, {@code step.k.view}, {@code step.k.at} and optional
 * {@code step.k.settings} and {@code step.k.error} for k = 1..N, and an optional lesson-wide
 * {@code settings} every step starts from (a step's own settings override it key by key). Every mistake is a {@link LessonFormatException} naming
 * the file, the step and what is accepted: a missing program, an unknown view id, a bad
 * {@code at}, a key of a step beyond N. A lesson without the file has no steps. Reads resources:
 * call off the FX thread.
 */
public final class LessonStepsLoader {
    private static final Pattern STEP_KEY = Pattern.compile("step\\.(\\d+)\\.(code|view|at|settings|error)");

    public LessonSteps load(String lessonId) {
        return LessonFiles.read(lessonId, "steps.properties")
                .map(p -> parse(lessonId, p))
                .orElseGet(() -> new LessonSteps(lessonId, List.of()));
    }

    /** The steps in {@code properties}, as found in lesson {@code lessonId}'s steps.properties. */
    public LessonSteps parse(String lessonId, Properties properties) {
        String file = LessonFiles.path(lessonId, "steps.properties");
        int count = stepCount(file, properties.getProperty("steps"));
        for (String key : properties.stringPropertyNames()) {
            if (key.equals("steps") || key.equals("settings")) {
                continue;
            }
            Matcher m = STEP_KEY.matcher(key);
            if (!m.matches()) {
                throw new LessonFormatException(file + ": unknown key '" + key
                        + "' (expected steps, settings, step.<k>.code, step.<k>.view, step.<k>.at, step.<k>.settings, step.<k>.error)");
            }
            int k = Integer.parseInt(m.group(1));
            if (k < 1 || k > count) {
                throw new LessonFormatException(file + ": key '" + key + "' is for step " + k + ", but steps=" + count);
            }
        }
        Map<String, String> lessonSettings = settings(file + ": ", properties.getProperty("settings", ""));
        List<LessonStep> steps = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            steps.add(step(file, k, properties, lessonSettings));
        }
        return new LessonSteps(lessonId, steps);
    }

    private static int stepCount(String file, String value) {
        if (value == null) {
            throw new LessonFormatException(file + ": missing 'steps=<number of steps>'");
        }
        try {
            int count = Integer.parseInt(value.strip());
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LessonFormatException(file + ": steps=" + value + " is not a number of steps (1 or more)");
    }

    private static LessonStep step(String file, int k, Properties p, Map<String, String> lessonSettings) {
        String where = file + ", step " + k + ": ";
        String program = required(p, where, k, "code");
        if (!LessonPrograms.isValidName(program)) {
            throw new LessonFormatException(where + "step." + k + ".code=" + program
                    + " is not a program name (a .py file of " + LessonPrograms.FOLDER + ", relative, no '..')");
        }
        if (!LessonPrograms.exists(program)) {
            throw new LessonFormatException(where + "missing program " + program + " (looked for "
                    + LessonPrograms.FOLDER + program + ")");
        }
        String view = required(p, where, k, "view");
        if (!LessonViewIds.isKnown(view)) {
            throw new LessonFormatException(where + "unknown view '" + view + "' (known: "
                    + String.join(", ", LessonViewIds.ALL) + ")");
        }
        StepPosition at;
        try {
            at = StepPosition.parse(required(p, where, k, "at"));
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException(where + e.getMessage());
        }
        // The lesson's settings, then the step's: a step names only what it changes.
        Map<String, String> settings = new LinkedHashMap<>(lessonSettings);
        settings.putAll(settings(where, p.getProperty("step." + k + ".settings", "")));
        String error = p.getProperty("step." + k + ".error", "").strip();
        if (!error.isEmpty() && !error.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new LessonFormatException(where + "step." + k + ".error=" + error
                    + " is not an exception type name (e.g. StopIteration)");
        }
        return new LessonStep(k, program, view, at, settings, error);
    }

    private static String required(Properties p, String where, int k, String field) {
        String value = p.getProperty("step." + k + "." + field);
        if (value == null || value.isBlank()) {
            throw new LessonFormatException(where + "missing step." + k + "." + field);
        }
        return value.strip();
    }

    /** {@code key=value;key=value} (blank allowed); each key once. Mistakes name {@code where} first. */
    public static Map<String, String> settings(String where, String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new LessonFormatException(where + "bad setting '" + pair.strip() + "' (expected key=value;key=value)");
            }
            String key = pair.substring(0, eq).strip();
            if (settings.put(key, pair.substring(eq + 1).strip()) != null) {
                throw new LessonFormatException(where + "setting '" + key + "' given twice");
            }
        }
        return settings;
    }
}
