package org.ouroboros.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.ExecutionEvent.OutputWritten;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceTruncated;
import org.ouroboros.ui.run.PythonRunner;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.run.RunRequest;
import org.ouroboros.ui.run.StopSwitch;
import org.ouroboros.ui.view.LessonTabs;
import org.ouroboros.ui.view.c10k.C10kIntegration;
import org.ouroboros.ui.view.gen.GenIntegration;
import org.ouroboros.ui.view.io.IoIntegration;
import org.ouroboros.ui.view.loop.LoopIntegration;
import org.ouroboros.ui.view.threads.ThreadsIntegration;
import org.ouroboros.ui.view.threads.ThreadsRunSettings;
import org.ouroboros.vm.Vm;

/**
 * The lessons of chapters 5–7 (threads, coroutines, asyncio) as a learner meets them: every step
 * loads, shows a tab its lesson really has, has its words in both languages, and its player
 * position exists in the trace of the step's program, run the way the app runs it. And every
 * code block of those chapters is reachable from a step.
 */
class ConcurrencyLessonsTest {
    private static final List<String> LESSONS = List.of(ThreadsIntegration.LESSON, "coroutines", "asyncio");
    /** The scheduler settings a step may give (the options of {@code ouroboros run}). */
    private static final Set<String> SETTINGS = Set.of("mode", "cores", "seed", "switch-interval", "cpython");

    /** Which lessons each tab is registered for, from the integrations themselves. */
    private static final Map<String, List<String>> TAB_LESSONS = Map.of(
            ThreadsIntegration.GIL_TAB_ID, List.of(ThreadsIntegration.LESSON),
            ThreadsIntegration.RACE_TAB_ID, List.of(ThreadsIntegration.LESSON),
            ThreadsIntegration.SYNC_TAB_ID, List.of(ThreadsIntegration.LESSON),
            GenIntegration.TAB_ID, GenIntegration.LESSONS,
            LoopIntegration.TAB_ID, LoopIntegration.LESSONS,
            IoIntegration.TAB_ID, IoIntegration.LESSONS,
            C10kIntegration.TAB_ID, C10kIntegration.LESSONS);

    @ParameterizedTest
    @ValueSource(strings = {"threads", "coroutines", "asyncio"})
    void everyStepShowsATabOfItsOwnLesson(String lesson) {
        LessonSteps steps = new LessonStepsLoader().load(lesson);
        assertTrue(steps.size() >= 5, lesson + " has " + steps.size() + " steps");
        for (LessonStep step : steps.steps()) {
            String tab = step.tabId();
            boolean shown = tab.equals(LessonTabs.EXECUTION_TAB_ID)
                    || TAB_LESSONS.getOrDefault(tab, List.of()).contains(lesson);
            assertTrue(shown, lesson + " step " + step.number() + ": tab " + tab + " is not in this lesson");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"threads", "coroutines", "asyncio"})
    void everyStepHasItsTitleAndTextInBothLanguages(String lesson) {
        int count = new LessonStepsLoader().load(lesson).size();
        for (Language language : Language.values()) {
            LessonText text = LessonText.load(lesson, language);
            for (String key : keys(count)) {
                assertTrue(text.hasOwn(key), lesson + " " + language + ": missing " + key);
            }
        }
    }

    @Test
    void chineseAndEnglishTextsSayTheSameThingsInCode() {
        // Code spans (`...`) are the same program text in both languages: a span in one and not
        // in the other is a translation slip (an identifier renamed or a result changed).
        for (String lesson : LESSONS) {
            int count = new LessonStepsLoader().load(lesson).size();
            LessonText en = LessonText.load(lesson, Language.ENGLISH);
            LessonText zh = LessonText.load(lesson, Language.SIMPLIFIED_CHINESE);
            for (int k = 1; k <= count; k++) {
                assertEquals(codeSpans(en.stepText(k)), codeSpans(zh.stepText(k)), lesson + " step " + k);
            }
        }
    }

    @Test
    void settingsAreSchedulerOptionsThatParse() {
        for (String lesson : LESSONS) {
            for (LessonStep step : new LessonStepsLoader().load(lesson).steps()) {
                assertTrue(SETTINGS.containsAll(step.settings().keySet()), lesson + " step " + step.number()
                        + ": " + step.settings().keySet());
                if (!step.settings().isEmpty()) {
                    assertEquals(ThreadsIntegration.LESSON, lesson, "only the threads lesson runs on the scheduler's knobs");
                    schedConfig(step.settings());
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPositionIsFoundInTheStepsRealTrace() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String lesson : LESSONS) {
            for (LessonStep step : new LessonStepsLoader().load(lesson).steps()) {
                tests.add(DynamicTest.dynamicTest(lesson + " step " + step.number() + " " + step.program(), () -> {
                    Trace trace = runAsTheAppDoes(lesson, step);
                    assertFalse(trace.events().stream().anyMatch(TraceTruncated.class::isInstance),
                            "the trace hit its cap");
                    OptionalInt at = step.at().find(trace);
                    assertTrue(at.isPresent(), step.at().text() + " is not in the trace of " + step.program()
                            + "; stdout was:\n" + stdout(trace));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyCodeBlockOfChapters5To7IsReachableFromAStep() {
        for (int chapter = 5; chapter <= 7; chapter++) {
            String lesson = LESSONS.get(chapter - 5);
            List<String> programs = new LessonStepsLoader().load(lesson).steps().stream()
                    .map(LessonStep::program).distinct().toList();
            for (int block = 1; LessonPrograms.exists("ch" + chapter + "_" + block + ".py"); block++) {
                String name = "ch" + chapter + "_" + block + ".py";
                List<String> lines = codeLines(LessonPrograms.read(name).orElseThrow());
                boolean reachable = programs.contains(name) || programs.stream()
                        .anyMatch(p -> containsInOrder(codeLines(LessonPrograms.read(p).orElseThrow()), lines));
                assertTrue(reachable, name + " is shown by no step of " + lesson + ", and no step's program contains its code");
            }
        }
    }

    /** The trace the app records for this step: the threads lesson's filtered scheduler runs, or a plain run. */
    static Trace runAsTheAppDoes(String lesson, LessonStep step) throws Exception {
        String source = LessonPrograms.read(step.program()).orElseThrow();
        UnaryOperator<Vm.Builder> settings = lesson.equals(ThreadsIntegration.LESSON)
                ? new ThreadsRunSettings(schedConfig(step.settings()), step.view().equals("race"))
                : UnaryOperator.identity();
        RunRequest request = new RunRequest(source, RunRequest.EDITOR_FILENAME, settings);
        CompletableFuture<RunReport> report = new CompletableFuture<>();
        Thread runner = new Thread(null, () -> report.complete(new PythonRunner().run(request, new StopSwitch())),
                "lesson-step-run", Vm.PYTHON_STACK_BYTES);
        runner.setDaemon(true);
        runner.start();
        return report.get(120, TimeUnit.SECONDS).trace();
    }

    /** The threads lesson's knobs (default: 2 cores, as {@link ThreadsIntegration} starts) with a step's settings. */
    static SchedConfig schedConfig(Map<String, String> settings) {
        SchedConfig config = SchedConfig.DEFAULT.withCores(2);
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String value = e.getValue();
            config = switch (e.getKey()) {
                case "mode" -> config.withMode(SchedConfig.Mode.parse(value));
                case "cores" -> config.withCores(Integer.parseInt(value));
                case "seed" -> config.withSeed(Long.parseLong(value));
                case "switch-interval" -> config.withSwitchIntervalNs(Math.round(Double.parseDouble(value) * 1e9));
                case "cpython" -> config.withCpython(SchedConfig.CPythonVersion.parse(value));
                default -> throw new IllegalArgumentException("unknown setting " + e.getKey());
            };
        }
        return config;
    }

    private static List<String> keys(int count) {
        List<String> keys = new ArrayList<>(List.of("title", "intro"));
        for (int k = 1; k <= count; k++) {
            keys.add("step." + k + ".title");
            keys.add("step." + k + ".text");
        }
        return keys;
    }

    private static Set<String> codeSpans(String text) {
        Set<String> spans = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([^`]+)`").matcher(text);
        while (m.find()) {
            spans.add(m.group(1));
        }
        return spans;
    }

    /** A program's lines without comments, blank lines or indentation (the blocks' comments are Chinese notes). */
    static List<String> codeLines(String source) {
        return source.lines()
                .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static boolean containsInOrder(List<String> program, List<String> block) {
        int next = 0;
        for (String line : program) {
            if (next < block.size() && line.equals(block.get(next))) {
                next++;
            }
        }
        return next == block.size();
    }

    private static String stdout(Trace trace) {
        return trace.events().stream().filter(OutputWritten.class::isInstance).map(OutputWritten.class::cast)
                .filter(w -> !w.stderr()).map(OutputWritten::text).collect(Collectors.joining());
    }
}
