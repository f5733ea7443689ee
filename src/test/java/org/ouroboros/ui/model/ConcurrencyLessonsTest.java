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
import org.ouroboros.ui.lesson.StepSettings;
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
    private static final Set<String> SCHEDULER_SETTINGS = Set.of("mode", "cores", "seed", "switch-interval", "cpython");

    /** Which lessons each tab is registered for, from the integrations themselves. */
    private static final Map<String, List<String>> TAB_LESSONS = Map.of(
            ThreadsIntegration.GIL_TAB_ID, List.of(ThreadsIntegration.LESSON),
            ThreadsIntegration.RACE_TAB_ID, List.of(ThreadsIntegration.LESSON),
            ThreadsIntegration.SYNC_TAB_ID, List.of(ThreadsIntegration.LESSON),
            GenIntegration.TAB_ID, GenIntegration.LESSONS,
            LoopIntegration.TAB_ID, LoopIntegration.LESSONS,
            IoIntegration.TAB_ID, IoIntegration.LESSONS,
            C10kIntegration.TAB_ID, C10kIntegration.LESSONS);

    /**
     * What the step texts say a run prints (stdout unless {@code err:}; {@code !} = stdout is not
     * exactly that). If the VM changes and one of these fails, the step's text must change too.
     */
    private static final Map<String, List<String>> CLAIMS = Map.ofEntries(
            Map.entry("threads#1", List.of("two threads clearly faster: False")),
            Map.entry("threads#2", List.of("two threads clearly faster: True")),
            Map.entry("threads#3", List.of("err:NameError: name 'thread' is not defined")),
            Map.entry("threads#4", List.of("err:DeprecationWarning: setDaemon() is deprecated",
                    "err:RuntimeError: cannot set daemon status of active thread")),
            Map.entry("threads#5", List.of("last time: 2.0", "False True True")),
            Map.entry("threads#6", List.of("last time: 3.0")),
            Map.entry("threads#7", List.of("=")),
            Map.entry("threads#8", List.of("=True False\nx True\n")),
            Map.entry("threads#9", List.of("=0\n")),
            Map.entry("threads#10", List.of("!0\n")),
            Map.entry("threads#11", List.of("!0\n")),
            Map.entry("threads#12", List.of("=0\n")),
            Map.entry("threads#13", List.of("<locked _thread.RLock object True\nTrue\n<unlocked", "release unlocked lock")),
            Map.entry("threads#14", List.of("0\n<locked _thread.RLock object True\nTrue\n", "release unlocked lock",
                    "cannot release un-acquired lock")),
            Map.entry("threads#15", List.of("Lock, second acquire: False", "RLock, second acquire: True")),
            Map.entry("threads#16", List.of("err:NameError: name 'cond' is not defined")),
            Map.entry("threads#17", List.of("天猫精灵 : 小爱同学 \n小爱 : 在 \n")),
            Map.entry("threads#18", List.of("consumer woken by notify: False")),
            Map.entry("threads#19", List.of("last time: 6.0", "Semaphore released too many times")),
            Map.entry("threads#20", List.of("get page 2 success\nmain\n")),
            Map.entry("threads#21", List.of("child counter 1", "parent counter 0")),
            Map.entry("coroutines#1", List.of("one after another: 3 s")),
            Map.entry("coroutines#3", List.of("=1\n2\n", "err:StopIteration: ok")),
            Map.entry("coroutines#4", List.of("=hello yield\n2\n")),
            Map.entry("coroutines#5", List.of("=range(0, 3)\n0\n1\n2\n")),
            Map.entry("coroutines#6", List.of("=[30.0]\n")),
            Map.entry("coroutines#7", List.of("err:StopIteration: ok")),
            Map.entry("asyncio#1", List.of("err:NameError: name 'time' is not defined")),
            Map.entry("asyncio#6", List.of("err:NameError: name 'time' is not defined")),
            Map.entry("asyncio#8", List.of("err:NameError: name 'asyncio' is not defined")),
            Map.entry("asyncio#13", List.of("err:NameError: name 'get_html' is not defined")),
            Map.entry("asyncio#2", List.of("err:TypeError: Passing coroutines is forbidden, use tasks explicitly.",
                    "err:coroutine 'get_html' was never awaited")),
            Map.entry("asyncio#3", List.of("start get url\nstart get url\nstart get url\nstart get url\nstart get url\nend get url")),
            Map.entry("asyncio#4", List.of("5 done, 0 pending\n2\n")),
            Map.entry("asyncio#5", List.of("raised CancelledError\n", "group1: ['a0', 'a1']", "group2: CancelledError()")),
            Map.entry("asyncio#7", List.of("start get url\nmyrul\nhave callback url\nhello asyncio\n2.")),
            Map.entry("asyncio#9", List.of("err:AttributeError: type object '_asyncio.Task' has no attribute 'all_tasks'")),
            Map.entry("asyncio#10", List.of("cancel task True\n".repeat(4) + "[True, True, True]")),
            Map.entry("asyncio#11", List.of("1 + 2 = 3")),
            Map.entry("asyncio#12", List.of("call_soon at 0\ncall_soon_threadsafe at 0\ncall_later(1) at 1\n"
                    + "call_later(2) at 2\ncall_at(start + 3) at 3\n")),
            Map.entry("asyncio#14", List.of("20 pages, the first: page of http://book/0")),
            Map.entry("asyncio#15", List.of("=")),
            Map.entry("asyncio#16", List.of("downloads: ['http://www.baidu.com']")));

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
    void settingsParseAndOnlyTheThreadsLessonSetsTheScheduler() {
        for (String lesson : LESSONS) {
            for (LessonStep step : new LessonStepsLoader().load(lesson).steps()) {
                String where = lesson + " step " + step.number() + ": " + step.settings();
                StepSettings settings = StepSettings.parse(step.settings());
                if (lesson.equals(ThreadsIntegration.LESSON)) {
                    assertTrue(settings.scheduler().isPresent(), where + ": every threads step names its scheduler");
                } else {
                    assertFalse(step.settings().keySet().stream().anyMatch(SCHEDULER_SETTINGS::contains),
                            where + ": only the threads lesson runs on the scheduler's knobs");
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
                            + "; stdout was:\n" + output(trace, false));
                    for (String claim : CLAIMS.getOrDefault(lesson + "#" + step.number(), List.of())) {
                        assertClaim(claim, trace);
                    }
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

    /**
     * The trace the app records for this step: the threads lesson's filtered scheduler runs (its
     * views' settings, then the step's, as RunIntegration composes them), or a plain run with the
     * step's settings.
     */
    static Trace runAsTheAppDoes(String lesson, LessonStep step) throws Exception {
        String source = LessonPrograms.read(step.program()).orElseThrow();
        StepSettings stepSettings = StepSettings.parse(step.settings());
        UnaryOperator<Vm.Builder> settings = lesson.equals(ThreadsIntegration.LESSON)
                ? b -> stepSettings.apply(new ThreadsRunSettings(ThreadsIntegration.KNOBS_AT_START,
                        step.view().equals("race")).apply(b))
                : stepSettings;
        RunRequest request = new RunRequest(source, RunRequest.EDITOR_FILENAME, settings);
        CompletableFuture<RunReport> report = new CompletableFuture<>();
        Thread runner = new Thread(null, () -> report.complete(new PythonRunner().run(request, new StopSwitch())),
                "lesson-step-run", Vm.PYTHON_STACK_BYTES);
        runner.setDaemon(true);
        runner.start();
        return report.get(120, TimeUnit.SECONDS).trace();
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

    private static void assertClaim(String claim, Trace trace) {
        if (claim.startsWith("err:")) {
            String stderr = output(trace, true);
            assertTrue(stderr.contains(claim.substring(4)), "stderr lacks '" + claim.substring(4) + "':\n" + stderr);
            return;
        }
        String stdout = output(trace, false);
        if (claim.startsWith("=")) {
            assertEquals(claim.substring(1), stdout);
        } else if (claim.startsWith("!")) {
            assertFalse(stdout.equals(claim.substring(1)), "stdout is exactly '" + stdout + "'");
        } else {
            assertTrue(stdout.contains(claim), "stdout lacks '" + claim + "':\n" + stdout);
        }
    }

    private static String output(Trace trace, boolean stderr) {
        return trace.events().stream().filter(OutputWritten.class::isInstance).map(OutputWritten.class::cast)
                .filter(w -> w.stderr() == stderr).map(OutputWritten::text).collect(Collectors.joining());
    }
}
