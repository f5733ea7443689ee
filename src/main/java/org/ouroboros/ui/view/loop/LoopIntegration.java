package org.ouroboros.ui.view.loop;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;

/**
 * Puts the {@link LoopView} with its live/slow/step {@link LoopControls} in the asyncio lessons.
 * A live run's final trace goes to the shared player, so replay and step back work as for Run.
 *
 * <pre>{@code
 * LoopIntegration.install(window, runs);
 * }</pre>
 */
public final class LoopIntegration {
    public static final String TAB_ID = "loop-tab";
    public static final List<String> LESSONS = List.of("asyncio", "coroutines");

    private final LoopView view = new LoopView();
    private final LoopControls controls;
    private final Tab tab;

    private LoopIntegration(MainWindow window, RunIntegration runs) {
        PlayerModel player = runs.player();
        view.localeProperty().bind(window.i18n().localeProperty());
        controls = new LoopControls(() -> window.editor().getText(), view, trace -> {
            player.setTrace(trace);
            player.jumpToEnd();
        });
        controls.localeProperty().bind(window.i18n().localeProperty());
        tab = LessonTabs.install(window, runs).add(TAB_ID,
                locale -> LocalizedMessages.of(LoopView.MESSAGES, locale).text("tab.loop"), new WithControls(), LESSONS);
        StopOnClose.install(window.scene(), controls::stop);
    }

    public static LoopIntegration install(MainWindow window, RunIntegration runs) {
        return new LoopIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    public LoopView view() {
        return view;
    }

    public LoopControls controls() {
        return controls;
    }

    public Tab tab() {
        return tab;
    }

    /** The view under its controls, rendered by the lesson tabs like any trace view. */
    private final class WithControls implements TraceView {
        private final VBox box = new VBox(controls.node(), view.node());

        WithControls() {
            VBox.setVgrow(view.node(), Priority.ALWAYS);
            box.setMinSize(0, 0);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public void show(Trace trace, int position) {
            if (!controls.running()) {
                view.show(trace, position);
            }
        }
    }
}
