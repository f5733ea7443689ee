package org.ouroboros.ui.view.graph;

import java.util.List;
import java.util.Objects;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;

/**
 * Gives the object-model lessons (chapters 1–4) an "Objects & types" tab with the {@link GraphView}
 * over the shared player (see {@link LessonTabs}).
 *
 * <pre>{@code
 * GraphIntegration.install(window, runs);
 * }</pre>
 */
public final class GraphIntegration {
    public static final List<String> LESSONS = List.of("objects", "magic-methods", "classes", "metaclasses");
    public static final String TAB_ID = "graph-tab";

    /** The owner key of the VM setting both object views put (the same setting: one entry per lesson). */
    public static final String OBJECT_EVENTS = "object-events";

    private final LessonTabs lessonTabs;
    private final GraphView view = new GraphView();

    private GraphIntegration(MainWindow window, RunIntegration runs) {
        view.localeProperty().bind(window.i18n().localeProperty());
        lessonTabs = LessonTabs.install(window, runs);
        lessonTabs.add(TAB_ID, locale -> LocalizedMessages.of(GraphView.MESSAGES, locale).text("tab.graph"), view,
                LESSONS);
        for (String lesson : LESSONS) {
            // this view draws the coarse trace's object events, which runs leave out unless asked
            runs.putVmSettings(lesson, OBJECT_EVENTS, builder -> builder.objectEvents(true));
        }
    }

    public static GraphIntegration install(MainWindow window, RunIntegration runs) {
        return new GraphIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    /** Brings the graph tab to the front (when the shown lesson has it). */
    public boolean showGraph() {
        return lessonTabs.select(TAB_ID);
    }

    public GraphView view() {
        return view;
    }
}
