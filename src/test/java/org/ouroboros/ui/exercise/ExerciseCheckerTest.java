package org.ouroboros.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.model.LessonPrograms;

/** Each kind of exercise is decided by runs on the VM: right answers pass, wrong ones fail with the VM's answer shown. */
class ExerciseCheckerTest {
    private static final ExerciseChecker CHECKER = new ExerciseChecker();

    private static Exercise exercise(ExerciseKind kind) {
        return new Exercise("test", 1, kind);
    }

    @Test
    void predictedOutputIsComparedLineByLineWithTheRunIgnoringSpacingAndBlankEnds() {
        Exercise e = exercise(new ExerciseKind.PredictOutput("magic-methods-try-str-repr.py", RunSettings.DEFAULT));
        Verdict right = CHECKER.check(e, new Answer.Lines("\nPoint(repr)\n  Label(str)\nPoint(repr)\n[Point(repr)]   \n\n"));
        assertTrue(right.right(), right.toString());
        assertEquals(List.of("Point(repr)", "Label(str)", "Point(repr)", "[Point(repr)]"), right.solution().lines());

        Verdict wrong = CHECKER.check(e, new Answer.Lines("Point(repr)\nLabel(str)\nLabel(str)\n[Label(str)]"));
        assertFalse(wrong.right());
        assertEquals(List.of("Point(repr)", "Label(str)", "Label(str)", "[Label(str)]"), wrong.yours());
        assertEquals("[Point(repr)]", wrong.solution().lines().get(3), "the VM's output is shown next to the guess");
    }

    @Test
    void theOutputOfAThreadsProgramDependsOnTheSettingsItRunsWith() {
        Exercise gil = exercise(new ExerciseKind.PredictOutput("threads-race.py", RunSettings.parse("cpython=3.11;mode=gil")));
        Exercise free = exercise(new ExerciseKind.PredictOutput("threads-race.py", RunSettings.parse("cpython=3.11;mode=free")));
        assertEquals(List.of("0"), CHECKER.solve(gil).lines());
        assertFalse(CHECKER.solve(free).lines().equals(List.of("0")), "free-threaded runs lose updates");
        assertTrue(CHECKER.check(gil, new Answer.Lines("0")).right());
        assertFalse(CHECKER.check(free, new Answer.Lines("0")).right());
    }

    @Test
    void anMroIsReadFromTheClassItselfAndAcceptsTheUsualWaysOfWritingIt() {
        Exercise e = exercise(new ExerciseKind.PredictMro("classes-try-mro.py", "F"));
        assertEquals(List.of("F", "D", "B", "E", "C", "A", "object"), CHECKER.solve(e).lines());
        for (String answer : List.of("F D B E C A object", "F, D, B, E, C, A, object", "F -> D -> B -> E -> C -> A -> object",
                "(<class '__main__.F'>, <class '__main__.D'>, <class '__main__.B'>, <class '__main__.E'>, "
                        + "<class '__main__.C'>, <class '__main__.A'>, <class 'object'>)")) {
            assertTrue(CHECKER.check(e, new Answer.ClassNames(answer)).right(), answer);
        }
        // Depth first, left to right (the classic-class order) is not Python 3's MRO.
        assertFalse(CHECKER.check(e, new Answer.ClassNames("F D B A C E object")).right());
        assertFalse(CHECKER.check(e, new Answer.ClassNames("F D B E C A")).right(), "object is part of the MRO");
    }

    @Test
    void anInconsistentHierarchyIsAnsweredWithErrorInEitherLanguage() {
        Exercise e = exercise(new ExerciseKind.PredictMro("classes-try-mro-conflict.py", "Parrot"));
        Solution solution = CHECKER.solve(e);
        assertEquals(List.of(Solution.MRO_ERROR), solution.lines());
        assertTrue(solution.note().contains("TypeError: Cannot create a consistent method resolution"), solution.note());
        for (String answer : List.of("error", "Error", "TypeError", "报错", "错误")) {
            assertTrue(CHECKER.check(e, new Answer.ClassNames(answer)).right(), answer);
        }
        assertFalse(CHECKER.check(e, new Answer.ClassNames("Parrot Bird Animal object")).right());
    }

    @Test
    void aProgramIsRightWhenItPrintsTheGoalAndShowsTheRequiredFact() {
        Exercise e = exercise(new ExerciseKind.WriteCode("magic-methods-try-len.py", List.of(RunSettings.DEFAULT),
                new Goal.ExactOutput("3"), List.of(new Requirement.Calls("__len__"))));
        String fixed = program("magic-methods-try-len.py").replace("\n\nbox = ",
                "\n    def __len__(self):\n        return len(self.items)\n\n\nbox = ");
        Verdict right = CHECKER.check(e, new Answer.Code(fixed));
        assertTrue(right.right(), right.toString());
        assertEquals(List.of("3"), right.yours());

        Verdict cheat = CHECKER.check(e, new Answer.Code("print(3)\n"));
        assertFalse(cheat.right(), "printing 3 without __len__ does not count");
        assertEquals(List.of(new Requirement.Calls("__len__")), cheat.unmet());
    }

    @Test
    void aFailingProgramGivesItsPythonErrorAsFeedback() {
        Exercise e = exercise(new ExerciseKind.WriteCode("magic-methods-try-len.py", List.of(RunSettings.DEFAULT),
                new Goal.ExactOutput("3"), List.of()));
        Verdict raised = CHECKER.check(e, new Answer.Code(program("magic-methods-try-len.py")));
        assertFalse(raised.right());
        assertTrue(raised.problem().contains("Traceback (most recent call last):"), raised.problem());
        assertTrue(raised.problem().contains("TypeError: object of type 'Box' has no len()"), raised.problem());

        Verdict syntax = CHECKER.check(e, new Answer.Code("print(len(\n"));
        assertFalse(syntax.right());
        assertTrue(syntax.problem().contains("SyntaxError"), syntax.problem());
    }

    @Test
    void anEndlessLoopIsStoppedByTheTimeLimitOrTheStepBudget() {
        ExerciseChecker quick = new ExerciseChecker(new ProgramRuns(Long.MAX_VALUE, Duration.ofSeconds(1)));
        Exercise e = exercise(new ExerciseKind.WriteCode("magic-methods-try-len.py", List.of(RunSettings.DEFAULT),
                new Goal.ExactOutput("3"), List.of()));
        Verdict timedOut = quick.check(e, new Answer.Code("while True:\n    pass\n"));
        assertFalse(timedOut.right());
        assertTrue(timedOut.problem().contains("stopped after 1 s"), timedOut.problem());

        ExerciseChecker small = new ExerciseChecker(new ProgramRuns(10_000, Duration.ofSeconds(20)));
        Verdict budget = small.check(e, new Answer.Code("while True:\n    pass\n"));
        assertFalse(budget.right());
        assertFalse(budget.problem().isBlank());
    }

    @Test
    void anEndlessPrintLoopKeepsOnlyTheStartOfItsOutput() {
        ProgramRun run = new ProgramRuns(2_000_000, Duration.ofSeconds(20)).run("while True:\n    print('spam' * 100)\n",
                "spam.py", RunSettings.DEFAULT);
        assertFalse(run.completed());
        assertEquals(ProgramRuns.OUTPUT_CAP, run.stdout().length());
    }

    @Test
    void aLockIsCheckedInTheTraceOfEveryRunNotJustInTheOutput() {
        Exercise e = exercise(new ExerciseKind.WriteCode("threads-race-call.py",
                RunSettings.parseList("seed=0 | mode=free;seed=1"), new Goal.ExactOutput("0"),
                List.of(new Requirement.UsesLock())));
        String locked = program("threads-lock-total.py");
        assertTrue(CHECKER.check(e, new Answer.Code(locked)).right());

        Verdict racy = CHECKER.check(e, new Answer.Code(program("threads-race-call.py")));
        assertFalse(racy.right());
        assertEquals("seed=0", racy.failedRun().text(), "the first run already loses updates");
        assertFalse(racy.yours().equals(List.of("0")));

        Verdict noThreads = CHECKER.check(e, new Answer.Code("print(0)\n"));
        assertFalse(noThreads.right(), "printing 0 without threads and a lock does not count");
        assertEquals(List.of(new Requirement.UsesLock()), noThreads.unmet());
    }

    @Test
    void aDelegatingGeneratorIsComparedWithTheReferenceRunAndMustUseYieldFrom() {
        Exercise e = exercise(new ExerciseKind.WriteCode("coroutines-try-delegating.py", List.of(RunSettings.DEFAULT),
                new Goal.SameOutputAs("coroutines-delegating.py"), List.of(new Requirement.UsesYieldFrom())));
        assertEquals(List.of("[30.0]"), CHECKER.solve(e).lines());
        String withLoop = program("coroutines-try-delegating.py").replace("    yield\n",
                "    while True:\n        sub = averager()\n        next(sub)\n        while True:\n"
                        + "            value = yield\n            try:\n                sub.send(value)\n"
                        + "            except StopIteration as stop:\n                results.append(stop.value)\n"
                        + "                break\n");
        Verdict loop = CHECKER.check(e, new Answer.Code(withLoop));
        assertEquals(List.of("[30.0]"), loop.yours(), loop.problem());
        assertFalse(loop.right(), "the right output without yield from does not count");
        assertEquals(List.of(new Requirement.UsesYieldFrom()), loop.unmet());
    }

    @Test
    void theSettingsThatLoseUpdatesAreFoundByRunningEachOne() {
        Exercise e = exercise(new ExerciseKind.ChooseSettings("threads-race.py",
                RunSettings.parseList("cpython=3.11;mode=gil | cpython=3.11;mode=free"), "0"));
        Solution solution = CHECKER.solve(e);
        assertEquals(Set.of(1), solution.choices());
        assertEquals("0", solution.lines().get(0));
        assertTrue(CHECKER.check(e, new Answer.Choices(Set.of(1))).right());
        assertFalse(CHECKER.check(e, new Answer.Choices(Set.of(0, 1))).right());
        assertFalse(CHECKER.check(e, new Answer.Choices(Set.of())).right());
    }

    @Test
    void callbacksAreOrderedAsTheEventLoopRanThem() {
        Exercise e = exercise(new ExerciseKind.OrderLines("asyncio-try-callbacks.py", RunSettings.DEFAULT));
        List<String> order = CHECKER.solve(e).lines();
        assertEquals("main before sleep", order.get(0));
        assertEquals("main after sleep", order.get(order.size() - 1));
        assertTrue(CHECKER.check(e, new Answer.Order(order)).right());
        List<String> swapped = new java.util.ArrayList<>(order);
        java.util.Collections.swap(swapped, 1, 2);
        assertFalse(CHECKER.check(e, new Answer.Order(swapped)).right());
    }

    @Test
    void anAnswerOfTheWrongShapeIsAProgrammingError() {
        Exercise e = exercise(new ExerciseKind.PredictMro("classes-try-mro.py", "F"));
        assertThrows(IllegalArgumentException.class, () -> CHECKER.check(e, new Answer.Lines("F")));
    }

    @Test
    void aBrokenExerciseProgramIsReportedAsTheExercisesMistake() {
        Exercise e = exercise(new ExerciseKind.PredictMro("classes-try-mro.py", "Nowhere"));
        assertThrows(ExerciseProgramException.class, () -> CHECKER.solve(e));
    }

    private static String program(String name) {
        return LessonPrograms.read(name).orElseThrow();
    }
}
