package org.ouroboros.ui.view.gen;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.Tab;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;

/**
 * Puts the {@link GenView} in the coroutine and asyncio lessons as a tab over the shared player,
 * showing the source lines of the run it plays.
 *
 * <pre>{@code
 * GenIntegration.install(window, runs);
 * }</pre>
 */
public final class GenIntegration {
    public static final String TAB_ID = "gen-tab";
    public static final List<String> LESSONS = List.of("coroutines", "asyncio");

    private final GenView view = new GenView();
    private final Tab tab;

    private GenIntegration(MainWindow window, RunIntegration runs) {
        view.localeProperty().bind(window.i18n().localeProperty());
        runs.shownProperty().addListener((obs, old, report) -> view.setSource(
                report == null ? null : report.request().source(), report == null ? null : report.request().filename()));
        tab = LessonTabs.install(window, runs).add(TAB_ID,
                locale -> LocalizedMessages.of(GenView.MESSAGES, locale).text("tab.gen"), view, LESSONS);
    }

    public static GenIntegration install(MainWindow window, RunIntegration runs) {
        return new GenIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    public GenView view() {
        return view;
    }

    public Tab tab() {
        return tab;
    }
}
