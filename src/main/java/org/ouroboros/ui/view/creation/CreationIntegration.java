package org.ouroboros.ui.view.creation;

import java.util.List;
import java.util.Objects;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;
import org.ouroboros.ui.view.dispatch.FineTraceLessons;

/**
 * Gives the classes (chapter 3) and metaclasses (chapter 4) lessons an "Object creation" tab
 * over the shared player; Run records the fine trace there (creation steps are fine events).
 *
 * <pre>{@code
 * RunIntegration runs = RunIntegration.install(window);
 * CreationIntegration.install(window, runs);
 * }</pre>
 */
public final class CreationIntegration {
    public static final List<String> LESSONS = List.of("classes", "metaclasses");
    public static final String TAB_ID = "creation-tab";

    private final LessonTabs lessonTabs;
    private final CreationView view = new CreationView();

    private CreationIntegration(MainWindow window, RunIntegration runs) {
        view.localeProperty().bind(window.i18n().localeProperty());
        view.setSeeker(runs.player()::seek);
        lessonTabs = LessonTabs.install(window, runs);
        lessonTabs.add(TAB_ID, locale -> LocalizedMessages.of(CreationView.MESSAGES, locale).text("tab.creation"), view,
                LESSONS);
        for (String lesson : LESSONS) {
            FineTraceLessons.require(runs, lesson);
        }
    }

    public static CreationIntegration install(MainWindow window, RunIntegration runs) {
        return new CreationIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    /** Brings the tab to the front (when the shown lesson has it). */
    public boolean show() {
        return lessonTabs.select(TAB_ID);
    }

    public CreationView view() {
        return view;
    }
}
