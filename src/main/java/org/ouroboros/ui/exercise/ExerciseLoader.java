package org.ouroboros.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ouroboros.ui.model.LessonFiles;
import org.ouroboros.ui.model.LessonFormatException;
import org.ouroboros.ui.model.LessonPrograms;

/**
 * Reads and checks a lesson's {@code exercises.properties} (not localised):
 * <pre>
 * exercises=N
 * exercise.k.kind=output | mro | code | settings | order
 * exercise.k.program=&lt;program in org/ouroboros/lessons/programs/&gt;
 * exercise.k.settings=mode=free;seed=1          (output, order: the run's VM settings)
 * exercise.k.class=F                            (mro: the class whose __mro__ to predict)
 * exercise.k.runs=seed=0 | mode=free;seed=1     (code: one run per entry; default one plain run)
 * exercise.k.expect=stdout:0 | same-as:&lt;program&gt; (code: the goal; settings: stdout:&lt;correct output&gt;)
 * exercise.k.require=lock, yield-from, no-deadlock, call:&lt;function&gt;, source:&lt;text&gt;   (code)
 * exercise.k.choices=cpython=3.11;mode=gil | cpython=3.9;mode=gil   (settings)
 * </pre>
 * Every mistake is a {@link LessonFormatException} naming the file, the exercise and what is
 * accepted. A lesson without the file has no exercises. Reads resources: call off the FX thread.
 */
public final class ExerciseLoader {
    public static final String FILE = "exercises.properties";
    private static final Pattern KEY = Pattern.compile("exercise\\.(\\d+)\\.(kind|program|settings|class|runs|expect|require|choices)");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "output", Set.of("kind", "program", "settings"),
            "order", Set.of("kind", "program", "settings"),
            "mro", Set.of("kind", "program", "class"),
            "code", Set.of("kind", "program", "runs", "expect", "require"),
            "settings", Set.of("kind", "program", "choices", "expect"));

    /** True when lesson {@code lessonId} ships an exercises file (cheap: does not read it). */
    public static boolean hasExercises(String lessonId) {
        return ExerciseLoader.class.getResource(LessonFiles.path(lessonId, FILE)) != null;
    }

    public List<Exercise> load(String lessonId) {
        return LessonFiles.read(lessonId, FILE).map(p -> parse(lessonId, p)).orElseGet(List::of);
    }

    public List<Exercise> parse(String lessonId, Properties properties) {
        String file = LessonFiles.path(lessonId, FILE);
        int count = count(file, properties.getProperty("exercises"));
        for (String key : properties.stringPropertyNames()) {
            if (key.equals("exercises")) {
                continue;
            }
            Matcher m = KEY.matcher(key);
            if (!m.matches()) {
                throw new LessonFormatException(file + ": unknown key '" + key + "' (expected exercises, exercise.<k>."
                        + "{kind, program, settings, class, runs, expect, require, choices})");
            }
            int k = Integer.parseInt(m.group(1));
            if (k < 1 || k > count) {
                throw new LessonFormatException(file + ": key '" + key + "' is for exercise " + k + ", but exercises=" + count);
            }
        }
        List<Exercise> exercises = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            String where = file + ", exercise " + k + ": ";
            try {
                exercises.add(new Exercise(lessonId, k, kind(where, k, properties)));
            } catch (LessonFormatException e) {
                throw e.getMessage().startsWith(where) ? e : new LessonFormatException(where + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new LessonFormatException(where + e.getMessage());
            }
        }
        return List.copyOf(exercises);
    }

    private static int count(String file, String value) {
        try {
            if (value != null && Integer.parseInt(value.strip()) >= 1) {
                return Integer.parseInt(value.strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LessonFormatException(file + ": exercises=" + value + " is not a number of exercises (1 or more)");
    }

    private static ExerciseKind kind(String where, int k, Properties p) {
        String kind = required(p, where, k, "kind");
        Set<String> fields = FIELDS.get(kind);
        if (fields == null) {
            throw new LessonFormatException(where + "unknown kind '" + kind + "' (expected output, mro, code, settings, order)");
        }
        for (String key : p.stringPropertyNames()) {
            String prefix = "exercise." + k + ".";
            if (key.startsWith(prefix) && !fields.contains(key.substring(prefix.length()))) {
                throw new LessonFormatException(where + "'" + key + "' does not apply to a " + kind + " exercise (it takes "
                        + String.join(", ", new java.util.TreeSet<>(fields)) + ")");
            }
        }
        String program = required(p, where, k, "program");
        if (!LessonPrograms.exists(program)) {
            throw new LessonFormatException(where + "missing program " + program + " (looked for " + LessonPrograms.FOLDER
                    + program + ")");
        }
        String settings = p.getProperty("exercise." + k + ".settings", "");
        return switch (kind) {
            case "output" -> new ExerciseKind.PredictOutput(program, RunSettings.parse(settings));
            case "order" -> new ExerciseKind.OrderLines(program, RunSettings.parse(settings));
            case "mro" -> new ExerciseKind.PredictMro(program, identifier(where, required(p, where, k, "class")));
            case "settings" -> new ExerciseKind.ChooseSettings(program,
                    RunSettings.parseList(required(p, where, k, "choices")), stdout(where, required(p, where, k, "expect")));
            default -> new ExerciseKind.WriteCode(program,
                    RunSettings.parseList(p.getProperty("exercise." + k + ".runs", "")),
                    goal(where, required(p, where, k, "expect")),
                    requirements(where, p.getProperty("exercise." + k + ".require", "")));
        };
    }

    private static String required(Properties p, String where, int k, String field) {
        String value = p.getProperty("exercise." + k + "." + field);
        if (value == null || value.isBlank()) {
            throw new LessonFormatException(where + "missing exercise." + k + "." + field);
        }
        return value.strip();
    }

    private static String identifier(String where, String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new LessonFormatException(where + "class=" + name + " is not a class name");
        }
        return name;
    }

    private static String stdout(String where, String expect) {
        if (!expect.startsWith("stdout:")) {
            throw new LessonFormatException(where + "expect=" + expect + " (a settings exercise expects stdout:<output>)");
        }
        return expect.substring("stdout:".length());
    }

    private static Goal goal(String where, String expect) {
        if (expect.startsWith("stdout:")) {
            return new Goal.ExactOutput(expect.substring("stdout:".length()));
        }
        if (expect.startsWith("same-as:")) {
            String program = expect.substring("same-as:".length()).strip();
            if (!LessonPrograms.exists(program)) {
                throw new LessonFormatException(where + "expect=" + expect + ": missing program " + program);
            }
            return new Goal.SameOutputAs(program);
        }
        throw new LessonFormatException(where + "expect=" + expect + " (expected stdout:<output> or same-as:<program>)");
    }

    private static List<Requirement> requirements(String where, String text) {
        List<Requirement> requirements = new ArrayList<>();
        for (String item : text.split(",")) {
            String r = item.strip();
            if (r.isEmpty()) {
                continue;
            }
            requirements.add(switch (r) {
                case "lock" -> new Requirement.UsesLock();
                case "yield-from" -> new Requirement.UsesYieldFrom();
                case "no-deadlock" -> new Requirement.NoDeadlock();
                default -> {
                    if (r.startsWith("call:") && r.length() > 5) {
                        yield new Requirement.Calls(r.substring(5).strip());
                    }
                    if (r.startsWith("source:") && r.length() > 7) {
                        yield new Requirement.SourceContains(r.substring(7).strip());
                    }
                    throw new LessonFormatException(where + "unknown requirement '" + r
                            + "' (expected lock, yield-from, no-deadlock, call:<function>, source:<text>)");
                }
            });
        }
        return List.copyOf(requirements);
    }
}
