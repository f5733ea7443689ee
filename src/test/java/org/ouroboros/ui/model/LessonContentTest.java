package org.ouroboros.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ouroboros.SeedBlocks;
import org.ouroboros.ui.run.PythonRunner;
import org.ouroboros.ui.run.RunOutcome;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.run.RunRequest;
import org.ouroboros.ui.run.StopSwitch;

/**
 * Every lesson's files, as shipped: they load, each step's program exists and runs on the VM as
 * the step says (to the end, or to the exception it explains), its "at" is a point of that run,
 * both languages have its title and text, and the seed's code blocks of each chapter with steps
 * are all reachable from a step.
 */
class LessonContentTest {
    private static final LessonRegistry COURSE = LessonRegistry.seedCourse();
    private static final ConcurrentHashMap<String, RunReport> RUNS = new ConcurrentHashMap<>();

    private static List<Lesson> lessonsWithSteps() {
        return COURSE.lessons().stream().filter(l -> !new LessonStepsLoader().load(l.id()).isEmpty()).toList();
    }

    @Test
    void everyLessonsFilesLoadAndTheFirstFourChaptersHaveSteps() {
        for (Lesson lesson : COURSE.lessons()) {
            new LessonStepsLoader().load(lesson.id()); // throws a LessonFormatException naming the mistake
        }
        List<String> withSteps = lessonsWithSteps().stream().map(Lesson::id).toList();
        assertTrue(withSteps.containsAll(List.of("objects", "magic-methods", "classes", "metaclasses")), withSteps.toString());
    }

    @TestFactory
    Stream<DynamicTest> everyStepRunsAsItSaysAndStandsAtAPointOfItsRun() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson lesson : lessonsWithSteps()) {
            for (LessonStep step : new LessonStepsLoader().load(lesson.id()).steps()) {
                tests.add(DynamicTest.dynamicTest(lesson.id() + " step " + step.number() + " (" + step.program() + ")",
                        () -> checkRun(step)));
            }
        }
        return tests.stream();
    }

    private static void checkRun(LessonStep step) {
        RunReport report = RUNS.computeIfAbsent(step.program(), name -> new PythonRunner().run(
                new RunRequest(LessonPrograms.read(name).orElseThrow(), name), new StopSwitch()));
        if (step.showsError()) {
            RunOutcome.Raised raised = assertInstanceOf(RunOutcome.Raised.class, report.outcome(), report.errorText());
            assertTrue(raised.summary().startsWith(step.error()), raised.summary() + " should be " + step.error());
        } else {
            assertEquals(new RunOutcome.Completed(0), report.outcome(), report.errorText());
        }
        assertTrue(step.at().find(report.trace()).isPresent(),
                step.at().text() + " is not a point of the run of " + step.program());
    }

    @TestFactory
    Stream<DynamicTest> everyStepHasATitleAndTextInBothLanguages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson lesson : lessonsWithSteps()) {
            for (Language language : Language.values()) {
                tests.add(DynamicTest.dynamicTest(lesson.id() + " " + language, () -> {
                    LessonText text = LessonText.load(lesson.id(), language);
                    LessonSteps steps = new LessonStepsLoader().load(lesson.id());
                    for (String key : List.of("title", "intro")) {
                        assertTrue(text.hasOwn(key), lesson.id() + " " + language + " has no " + key);
                    }
                    for (LessonStep step : steps.steps()) {
                        int k = step.number();
                        assertTrue(text.hasOwn("step." + k + ".title"), lesson.id() + " " + language + " step " + k + " title");
                        assertTrue(text.hasOwn("step." + k + ".text"), lesson.id() + " " + language + " step " + k + " text");
                        assertFalse(text.stepParagraphs(k).isEmpty());
                    }
                    assertFalse(text.hasOwn("step." + (steps.size() + 1) + ".title"), "text for a step that does not exist");
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everySeedBlockOfAChapterWithStepsIsReachableFromOneOfItsSteps() {
        for (Lesson lesson : lessonsWithSteps()) {
            Set<String> used = new TreeSet<>();
            new LessonStepsLoader().load(lesson.id()).steps().forEach(s -> used.add(s.program()));
            Set<String> blocks = new TreeSet<>();
            SeedBlocks.blocks().stream().map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("ch" + lesson.number() + "_")).forEach(blocks::add);
            assertFalse(blocks.isEmpty());
            blocks.removeAll(used);
            assertEquals(Set.of(), blocks, "blocks of chapter " + lesson.number() + " no step of " + lesson.id() + " shows");
        }
    }

    @Test
    void everyChapter5ProgramBuiltFromTheSeedIsShownByAThreadsStep() {
        Set<String> used = new TreeSet<>();
        new LessonStepsLoader().load("threads").steps().forEach(s -> used.add(s.program()));
        Set<String> programs = new TreeSet<>();
        SeedBlocks.chapter5().forEach(p -> programs.add("ch5/" + p.getFileName()));
        assertTrue(programs.size() >= 10, "the ch5/ programs: " + programs);
        programs.removeAll(used);
        assertEquals(Set.of(), programs, "chapter 5 programs no step of the threads lesson shows");
    }
}
