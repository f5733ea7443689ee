package org.ouroboros.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import javafx.scene.image.WritableImage;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.lesson.StepSettings;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonPrograms;
import org.ouroboros.ui.model.LessonStep;
import org.ouroboros.ui.model.LessonSteps;
import org.ouroboros.ui.model.LessonStepsLoader;
import org.ouroboros.ui.model.LessonText;
import org.ouroboros.vm.Vm;

/**
 * A lesson as a {@link Handout}: for each step its title and text in the chosen language, and the
 * picture of its view where the step puts the player, rendered headlessly from a fresh run of the
 * step's program with the step's settings. Steps whose view is the code itself (the execution view; views the exporter
 * cannot draw) print the program instead. Call off the FX thread: programs run here, and only the
 * snapshots go to the FX thread.
 */
public final class LessonHandout {
    private LessonHandout() {}

    /** The exporter's id for a lesson view id (empty: print the code). */
    static Optional<String> exportId(String view) {
        String id = view.equals("creation") ? "create" : view;
        return ExportableViews.get(id) == null || view.equals("execution") ? Optional.empty() : Optional.of(id);
    }

    /**
     * Builds the handout of lesson {@code lessonId}; {@code stepDone} hears each finished step.
     *
     * @throws IllegalArgumentException when the lesson has no steps
     */
    public static Handout build(String lessonId, RenderSettings settings, IntConsumer stepDone) {
        LessonSteps steps = new LessonStepsLoader().load(lessonId);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("lesson '" + lessonId + "' has no steps");
        }
        Language language = settings.language();
        LessonText text = LessonText.load(lessonId, language);
        List<Handout.Step> sections = new ArrayList<>();
        for (LessonStep step : steps.steps()) {
            String source = LessonPrograms.read(step.program())
                    .orElseThrow(() -> new IllegalStateException("lesson program missing: " + step.program()));
            String heading = step.number() + ". " + text.stepTitle(step.number());
            List<String> paragraphs = text.stepParagraphs(step.number());
            Optional<String> view = exportId(step.view());
            if (view.isPresent()) {
                sections.add(new Handout.Step(heading, paragraphs, picture(view.get(), step, source, settings), ""));
            } else {
                sections.add(new Handout.Step(heading, paragraphs, null, source));
            }
            stepDone.accept(step.number());
        }
        String tag = language.locale().toLanguageTag();
        return new Handout(text.title(), LessonText.paragraphs(text.intro()),
                tag.isEmpty() ? Locale.ENGLISH.toLanguageTag() : tag, sections);
    }

    /**
     * The step's program run as the app runs it for the step: the view's VM settings, then the
     * step's own ({@link StepSettings}: a free-threaded step is pictured free-threaded).
     */
    static ProgramTrace stepRun(ExportableView exportable, LessonStep step, String source) {
        StepSettings stepSettings = StepSettings.parse(step.settings());
        UnaryOperator<Vm.Builder> settings = builder -> stepSettings.apply(exportable.vmSettings().apply(builder));
        return TraceRuns.run(source, step.program(), exportable.traceLevel(), settings);
    }

    private static java.awt.image.BufferedImage picture(String viewId, LessonStep step, String source,
            RenderSettings settings) {
        ExportableView exportable = ExportableViews.get(viewId);
        Trace trace = stepRun(exportable, step, source).trace();
        int position = step.at().resolve(trace);
        ExportOptions options = new ExportOptions(settings.language().locale(), null, source);
        WritableImage image = HeadlessFx.call(() -> ViewFrames.create(exportable, options, trace, settings)
                .map(frames -> frames.frame(position)).orElse(null));
        return image == null ? null : AnimationExporter.opaque(image);
    }
}
