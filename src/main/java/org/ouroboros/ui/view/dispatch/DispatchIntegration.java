package org.ouroboros.ui.view.dispatch;

import java.util.List;
import java.util.Objects;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;

/**
 * Gives the magic-methods (chapter 2) and classes (chapter 3) lessons a "Dispatch & lookup" tab
 * over the shared player, and makes Run record the fine trace there (lookup and dispatch walks
 * are fine-level events; see {@link FineTraceLessons}).
 *
 * <pre>{@code
 * RunIntegration runs = RunIntegration.install(window);
 * DispatchIntegration.install(window, runs);
 * }</pre>
 */
public final class DispatchIntegration {
    public static final List<String> LESSONS = List.of("magic-methods", "classes");
    public static final String TAB_ID = "dispatch-tab";

    private final LessonTabs lessonTabs;
    private final DispatchView view = new DispatchView();

    private DispatchIntegration(MainWindow window, RunIntegration runs) {
        view.localeProperty().bind(window.i18n().localeProperty());
        view.setSeeker(runs.player()::seek);
        // The picker names lines by their text: the text of the run on screen, not of the editor now.
        runs.shownProperty().addListener((obs, old, report) ->
                view.setSource(report == null ? "" : report.request().source()));
        view.caretLineProperty().bind(window.editor().caretLine());
        lessonTabs = LessonTabs.install(window, runs);
        lessonTabs.add(TAB_ID, locale -> LocalizedMessages.of(DispatchView.MESSAGES, locale).text("tab.dispatch"), view,
                LESSONS);
        for (String lesson : LESSONS) {
            FineTraceLessons.require(runs, lesson);
        }
    }

    public static DispatchIntegration install(MainWindow window, RunIntegration runs) {
        return new DispatchIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    /** Brings the tab to the front (when the shown lesson has it). */
    public boolean show() {
        return lessonTabs.select(TAB_ID);
    }

    public DispatchView view() {
        return view;
    }
}
