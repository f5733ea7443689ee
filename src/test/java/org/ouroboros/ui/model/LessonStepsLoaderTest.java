package org.ouroboros.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** steps.properties as plan7.md defines it: what is read, and the clear error for each mistake. */
class LessonStepsLoaderTest {
    private final LessonStepsLoader loader = new LessonStepsLoader();

    private static Properties props(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    private static final String GOOD = """
            steps=2
            step.1.code=ch3_2.py
            step.1.view=mro
            step.1.at=end
            step.2.code=ch5/ch5_7_semaphore.py
            step.2.view=execution
            step.2.at=output:leave E
            step.2.settings=mode=free; seed=7
            step.2.error=RuntimeError
            """;

    @Test
    void readsStepsInOrderWithTheirProgramViewPositionSettingsAndError() throws IOException {
        LessonSteps steps = loader.parse("demo", props(GOOD));
        assertEquals(2, steps.size());
        LessonStep first = steps.step(1);
        assertEquals("ch3_2.py", first.program());
        assertEquals("mro-tab", first.tabId());
        assertEquals(new StepPosition.End(), first.at());
        assertEquals(Map.of(), first.settings());
        assertEquals(false, first.showsError());
        LessonStep second = steps.step(2);
        assertEquals("ch5/ch5_7_semaphore.py", second.program());
        assertEquals(new StepPosition.Output("leave E"), second.at());
        assertEquals(Map.of("mode", "free", "seed", "7"), second.settings());
        assertEquals("RuntimeError", second.error());
        assertEquals(2, steps.clamp(9));
        assertEquals(1, steps.clamp(0));
    }

    @Test
    void theLessonsSettingsAreEveryStepsStartAndAStepOverridesThemKeyByKey() throws IOException {
        LessonSteps steps = loader.parse("demo", props("settings=cores=2; seed=1\n" + GOOD));
        assertEquals(Map.of("cores", "2", "seed", "1"), steps.step(1).settings());
        assertEquals(Map.of("cores", "2", "mode", "free", "seed", "7"), steps.step(2).settings());
        assertTrue(error("settings=cores\n" + GOOD).contains("bad setting 'cores'"));
    }

    private String error(String text) {
        return assertThrows(LessonFormatException.class, () -> loader.parse("demo", props(text))).getMessage();
    }

    @Test
    void aMissingProgramIsNamedWithWhereItWasLookedFor() {
        String message = error(GOOD.replace("ch3_2.py", "ch3_9.py"));
        assertTrue(message.contains("demo/steps.properties, step 1: missing program ch3_9.py"), message);
        assertTrue(message.contains("/org/ouroboros/lessons/programs/ch3_9.py"), message);
        assertTrue(error(GOOD.replace("ch3_2.py", "../secret.py")).contains("not a program name"));
    }

    @Test
    void anUnknownViewListsTheKnownOnes() {
        String message = error(GOOD.replace("view=mro", "view=mor"));
        assertTrue(message.contains("step 1: unknown view 'mor'"), message);
        assertTrue(message.contains("execution, graph, names"), message);
    }

    @Test
    void aBadPositionSaysWhatIsAccepted() {
        String message = error(GOOD.replace("at=end", "at=the end"));
        assertTrue(message.contains("step 1: bad position 'the end'"), message);
        assertTrue(message.contains("line:<n>#<k>"), message);
    }

    @Test
    void missingCountsFieldsAndStrayKeysAreErrors() {
        assertTrue(error(GOOD.replace("steps=2", "")).contains("missing 'steps="));
        assertTrue(error(GOOD.replace("steps=2", "steps=two")).contains("steps=two is not a number"));
        assertTrue(error(GOOD.replace("steps=2", "steps=1")).contains("key 'step.2."));
        assertTrue(error(GOOD.replace("steps=2", "steps=3")).contains("step 3: missing step.3.code"));
        assertTrue(error(GOOD.replace("step.1.view=mro", "")).contains("step 1: missing step.1.view"));
        assertTrue(error(GOOD + "step.1.colour=red\n").contains("unknown key 'step.1.colour'"));
        assertTrue(error(GOOD.replace("seed=7", "seed")).contains("bad setting 'seed'"));
        assertTrue(error(GOOD.replace("error=RuntimeError", "error=Runtime Error!")).contains("not an exception type"));
    }

    @Test
    void aLessonWithoutAStepsFileHasNoSteps() {
        assertTrue(loader.load("no-such-lesson").isEmpty());
    }
}
