package org.ouroboros.ui.exercise;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonPrograms;

/**
 * A lesson's exercises with their words in every language and their programs' text, loaded
 * together (off the FX thread) so the pane can switch language and exercise without reading files.
 */
public record LessonExercises(String lessonId, List<Exercise> exercises, Map<Language, ExerciseText> texts,
        Map<String, String> programs) {
    public LessonExercises {
        exercises = List.copyOf(exercises);
        texts = Map.copyOf(texts);
        programs = Map.copyOf(programs);
    }

    /** Reads lesson {@code lessonId}'s exercise files and programs; blocking. */
    public static LessonExercises load(String lessonId) {
        List<Exercise> exercises = new ExerciseLoader().load(lessonId);
        Map<Language, ExerciseText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, ExerciseText.load(lessonId, language));
        }
        Map<String, String> programs = new java.util.HashMap<>();
        for (Exercise e : exercises) {
            programs.put(e.kind().program(), LessonPrograms.read(e.kind().program()).orElse(""));
        }
        return new LessonExercises(lessonId, exercises, texts, programs);
    }

    public int size() {
        return exercises.size();
    }

    public Exercise get(int index) {
        return exercises.get(index);
    }

    public ExerciseText text(Language language) {
        return texts.get(language);
    }

    public String program(Exercise exercise) {
        return programs.getOrDefault(exercise.kind().program(), "");
    }
}
