package org.ouroboros.ui.view.mro;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.TabPane;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;

/**
 * Gives the class lessons (chapter 3, classes, and chapter 4, metaclasses) an MRO tab beside
 * the execution view, over the same player and trace (see {@link LessonTabs}).
 *
 * <pre>{@code
 * RunIntegration runs = RunIntegration.install(window);
 * MroIntegration.install(window, runs);
 * }</pre>
 */
public final class MroIntegration {
    /** The lessons whose code builds class hierarchies. */
    public static final List<String> LESSONS = List.of("classes", "metaclasses");
    public static final String TABS_CLASS = LessonTabs.TABS_CLASS;
    public static final String MRO_TAB_ID = "mro-tab";

    private final LessonTabs lessonTabs;
    private final MroView view = new MroView();

    private MroIntegration(MainWindow window, RunIntegration runs) {
        view.localeProperty().bind(window.i18n().localeProperty());
        view.setSeeker(runs.player()::seek);
        lessonTabs = LessonTabs.install(window, runs);
        lessonTabs.add(MRO_TAB_ID, locale -> LocalizedMessages.of(MroView.MESSAGES, locale).text("tab.mro"), view,
                LESSONS);
    }

    public static MroIntegration install(MainWindow window, RunIntegration runs) {
        return new MroIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    /** Brings the MRO tab to the front. */
    public void showMro() {
        lessonTabs.select(MRO_TAB_ID);
    }

    public void showExecution() {
        lessonTabs.selectExecution();
    }

    public MroView view() {
        return view;
    }

    public TabPane tabs() {
        return lessonTabs.tabs();
    }
}
