package org.ouroboros.ui.view.names;

import java.util.List;
import java.util.Objects;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;

/**
 * Gives the "everything is an object" lesson (and chapter 3's sticky notes, in the classes
 * lesson) a "Names & objects" tab with the {@link NamesView} over the shared player.
 *
 * <pre>{@code
 * NamesIntegration.install(window, runs);
 * }</pre>
 */
public final class NamesIntegration {
    public static final List<String> LESSONS = List.of("objects", "classes");
    public static final String TAB_ID = "names-tab";

    private final LessonTabs lessonTabs;
    private final NamesView view = new NamesView();

    private NamesIntegration(MainWindow window, RunIntegration runs) {
        view.localeProperty().bind(window.i18n().localeProperty());
        lessonTabs = LessonTabs.install(window, runs);
        lessonTabs.add(TAB_ID, locale -> LocalizedMessages.of(NamesView.MESSAGES, locale).text("tab.names"), view,
                LESSONS);
        for (String lesson : LESSONS) {
            // this view draws the coarse trace's object events, which runs leave out unless asked
            runs.putVmSettings(lesson, org.ouroboros.ui.view.graph.GraphIntegration.OBJECT_EVENTS, builder -> builder.objectEvents(true));
        }
    }

    public static NamesIntegration install(MainWindow window, RunIntegration runs) {
        return new NamesIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    /** Brings the names tab to the front (when the shown lesson has it). */
    public boolean showNames() {
        return lessonTabs.select(TAB_ID);
    }

    public NamesView view() {
        return view;
    }
}
