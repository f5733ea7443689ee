package org.ouroboros.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.model.LessonFormatException;

/** exercises.properties: every kind parses, every mistake names the file, the exercise and the fix. */
class ExerciseLoaderTest {
    private static List<Exercise> parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return new ExerciseLoader().parse("classes", p);
    }

    private static String error(String text) {
        return assertThrows(LessonFormatException.class, () -> parse(text)).getMessage();
    }

    @Test
    void everyKindParsesWithItsParameters() throws IOException {
        List<Exercise> all = parse("""
                exercises=5
                exercise.1.kind=output
                exercise.1.program=threads-race.py
                exercise.1.settings=mode=free;seed=3
                exercise.2.kind=mro
                exercise.2.program=classes-try-mro.py
                exercise.2.class=F
                exercise.3.kind=code
                exercise.3.program=threads-race-call.py
                exercise.3.runs=seed=0 | mode=free
                exercise.3.expect=stdout:0
                exercise.3.require=lock, call:add, source:Lock
                exercise.4.kind=settings
                exercise.4.program=threads-race.py
                exercise.4.choices=cpython=3.9 | cpython=3.11
                exercise.4.expect=stdout:0
                exercise.5.kind=order
                exercise.5.program=asyncio-try-callbacks.py
                """);
        assertEquals(5, all.size());
        var output = assertInstanceOf(ExerciseKind.PredictOutput.class, all.get(0).kind());
        assertEquals("free", output.settings().get("mode"));
        assertEquals("F", assertInstanceOf(ExerciseKind.PredictMro.class, all.get(1).kind()).className());
        var code = assertInstanceOf(ExerciseKind.WriteCode.class, all.get(2).kind());
        assertEquals(2, code.runs().size());
        assertEquals(new Goal.ExactOutput("0"), code.goal());
        assertEquals(List.of(new Requirement.UsesLock(), new Requirement.Calls("add"), new Requirement.SourceContains("Lock")),
                code.requirements());
        assertEquals(2, assertInstanceOf(ExerciseKind.ChooseSettings.class, all.get(3).kind()).choices().size());
        assertInstanceOf(ExerciseKind.OrderLines.class, all.get(4).kind());
        assertEquals("classes#5", all.get(4).key());
    }

    @Test
    void mistakesSayWhereAndWhatIsAccepted() {
        String file = "/org/ouroboros/ui/lessons/classes/exercises.properties";
        String unknownKind = error("exercises=1\nexercise.1.kind=quiz\nexercise.1.program=threads-race.py\n");
        assertTrue(unknownKind.startsWith(file + ", exercise 1: unknown kind 'quiz'"), unknownKind);
        String missing = error("exercises=1\nexercise.1.kind=output\nexercise.1.program=nowhere.py\n");
        assertTrue(missing.contains("missing program nowhere.py"), missing);
        String notApplicable = error("exercises=1\nexercise.1.kind=output\nexercise.1.program=threads-race.py\nexercise.1.class=F\n");
        assertTrue(notApplicable.contains("'exercise.1.class' does not apply to a output exercise"), notApplicable);
        String badSetting = error("exercises=1\nexercise.1.kind=output\nexercise.1.program=threads-race.py\nexercise.1.settings=mode=fast\n");
        assertTrue(badSetting.contains("unknown mode 'fast'"), badSetting);
        String requirement = error("exercises=1\nexercise.1.kind=code\nexercise.1.program=threads-race.py\n"
                + "exercise.1.expect=stdout:0\nexercise.1.require=fast\n");
        assertTrue(requirement.contains("unknown requirement 'fast'"), requirement);
        String beyond = error("exercises=1\nexercise.1.kind=mro\nexercise.1.program=classes-try-mro.py\nexercise.1.class=F\n"
                + "exercise.2.kind=mro\n");
        assertTrue(beyond.contains("is for exercise 2, but exercises=1"), beyond);
        String count = error("exercises=none\n");
        assertTrue(count.contains("exercises=none is not a number"), count);
    }

    @Test
    void aLessonWithoutTheFileHasNoExercises() {
        assertEquals(List.of(), new ExerciseLoader().load("no-such-lesson"));
    }
}
