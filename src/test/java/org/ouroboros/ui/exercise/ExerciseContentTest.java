package org.ouroboros.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.Lesson;
import org.ouroboros.ui.model.LessonPrograms;
import org.ouroboros.ui.model.LessonRegistry;

/**
 * Every exercise of every lesson, as shipped: its files load, both languages have its words, and
 * the checker accepts a right answer and rejects a wrong one. The right answers are worked out
 * here from runs of the programs on the VM (not taken from the checker), or for code exercises
 * are the solutions in {@code src/test/resources/exercises/<lesson>-<k>.py}.
 */
class ExerciseContentTest {
    private static final LessonRegistry COURSE = LessonRegistry.seedCourse();
    private static final ExerciseChecker CHECKER = new ExerciseChecker();
    private static final ProgramRuns RUNS = new ProgramRuns();

    private static List<Exercise> all() {
        List<Exercise> all = new ArrayList<>();
        for (Lesson lesson : COURSE.lessons()) {
            all.addAll(new ExerciseLoader().load(lesson.id()));
        }
        return all;
    }

    @Test
    void everyChapterHasTwoOrThreeExercises() {
        for (Lesson lesson : COURSE.lessons()) {
            int count = new ExerciseLoader().load(lesson.id()).size();
            assertTrue(count >= 2 && count <= 3, lesson.id() + " has " + count + " exercises");
            assertTrue(ExerciseLoader.hasExercises(lesson.id()), lesson.id());
        }
    }

    @Test
    void theExercisesTryEveryKind() {
        Set<String> kinds = new HashSet<>();
        all().forEach(e -> kinds.add(e.kind().id()));
        assertEquals(Set.of("output", "mro", "code", "settings", "order"), kinds);
    }

    @TestFactory
    Stream<DynamicTest> everyExerciseHasItsWordsInBothLanguages() {
        return all().stream().map(e -> DynamicTest.dynamicTest(e.key(), () -> {
            for (Language language : Language.values()) {
                ExerciseText text = ExerciseText.load(e.lessonId(), language);
                for (String field : List.of("title", "question", "hint", "explain")) {
                    String key = "exercise." + e.number() + "." + field;
                    assertTrue(text.hasOwn(key), e.lessonId() + " " + ExerciseText.fileName(language) + " lacks " + key);
                }
            }
        }));
    }

    @Test
    void theTextFilesHaveNoKeysOfExercisesThatDoNotExist() throws IOException {
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("exercise\\.(\\d+)\\.(title|question|hint|explain)");
        for (Lesson lesson : COURSE.lessons()) {
            int count = new ExerciseLoader().load(lesson.id()).size();
            for (Language language : Language.values()) {
                String file = "/org/ouroboros/ui/lessons/" + lesson.id() + "/" + ExerciseText.fileName(language);
                java.util.Properties p = new java.util.Properties();
                try (InputStream in = ExerciseContentTest.class.getResourceAsStream(file)) {
                    assertTrue(in != null, "missing " + file);
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String name : p.stringPropertyNames()) {
                    java.util.regex.Matcher m = key.matcher(name);
                    assertTrue(m.matches() && Integer.parseInt(m.group(1)) <= count, file + ": stray key " + name);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExerciseAcceptsTheVmsAnswerAndRejectsAWrongOne() {
        return all().stream().map(e -> DynamicTest.dynamicTest(e.key() + " (" + e.kind().id() + ", " + e.kind().program() + ")",
                () -> {
                    Answer right = rightAnswer(e);
                    Answer wrong = wrongAnswer(e, right);
                    Verdict yes = CHECKER.check(e, right);
                    assertTrue(yes.right(), e.key() + " rejected its right answer " + right + ": " + yes);
                    Verdict no = CHECKER.check(e, wrong);
                    assertFalse(no.right(), e.key() + " accepted the wrong answer " + wrong);
                }));
    }

    /** Worked out from the VM here, independently of the checker. */
    private static Answer rightAnswer(Exercise e) throws IOException {
        ExerciseKind kind = e.kind();
        if (kind instanceof ExerciseKind.PredictOutput k) {
            return new Answer.Lines(run(k.program(), k.settings()).stdout());
        }
        if (kind instanceof ExerciseKind.OrderLines k) {
            return new Answer.Order(run(k.program(), k.settings()).lines());
        }
        if (kind instanceof ExerciseKind.PredictMro k) {
            String probe = "\nprint([c.__name__ for c in " + k.className() + ".mro()])\n";
            ProgramRun run = RUNS.run(program(k.program()) + probe, k.program(), RunSettings.DEFAULT);
            if (!run.completed()) {
                assertTrue(run.errorText().contains("TypeError: Cannot create a consistent method resolution"), run.errorText());
                return new Answer.ClassNames("error");
            }
            return new Answer.ClassNames(run.stdout());
        }
        if (kind instanceof ExerciseKind.ChooseSettings k) {
            Set<Integer> differ = new HashSet<>();
            for (int i = 0; i < k.choices().size(); i++) {
                if (!run(k.program(), k.choices().get(i)).stdout().strip().equals(k.expectedOutput().strip())) {
                    differ.add(i);
                }
            }
            assertFalse(differ.isEmpty(), e.key() + ": no setting differs");
            assertNotEquals(k.choices().size(), differ.size(), e.key() + ": every setting differs");
            return new Answer.Choices(differ);
        }
        String solution = "/exercises/" + e.lessonId() + "-" + e.number() + ".py";
        try (InputStream in = ExerciseContentTest.class.getResourceAsStream(solution)) {
            assertTrue(in != null, "missing test solution " + solution);
            return new Answer.Code(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Answer wrongAnswer(Exercise e, Answer right) {
        if (right instanceof Answer.Lines lines) {
            List<String> wrong = new ArrayList<>(AnswerText.lines(lines.text()));
            wrong.set(wrong.size() - 1, wrong.get(wrong.size() - 1) + "0");
            return new Answer.Lines(String.join("\n", wrong));
        }
        if (right instanceof Answer.Order order) {
            List<String> wrong = new ArrayList<>(order.lines());
            Collections.reverse(wrong);
            return new Answer.Order(wrong);
        }
        if (right instanceof Answer.ClassNames names) {
            // The order a depth-first search would give, or for an impossible class its bases in order.
            List<String> wrong = new ArrayList<>(AnswerText.classNames(names.text()));
            if (wrong.equals(List.of("error"))) {
                return new Answer.ClassNames(((ExerciseKind.PredictMro) e.kind()).className() + " Animal Bird object");
            }
            Collections.swap(wrong, 1, 2);
            return new Answer.ClassNames(String.join(" ", wrong));
        }
        if (right instanceof Answer.Choices choices) {
            int n = ((ExerciseKind.ChooseSettings) e.kind()).choices().size();
            Set<Integer> complement = new HashSet<>();
            IntStream.range(0, n).filter(i -> !choices.picked().contains(i)).forEach(complement::add);
            return new Answer.Choices(complement);
        }
        // The program as the exercise starts it.
        return new Answer.Code(program(e.kind().program()));
    }

    private static ProgramRun run(String program, RunSettings settings) {
        ProgramRun run = RUNS.run(program(program), program, settings);
        assertTrue(run.completed(), program + " (" + settings.text() + "): " + run.errorText());
        return run;
    }

    private static String program(String name) {
        return LessonPrograms.read(name).orElseThrow();
    }
}
