package org.ouroboros.ui.view.io;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.Tab;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;
import org.ouroboros.ui.view.loop.StopOnClose;

/** Puts the {@link IoView} in the lessons on I/O models (chapter 6) and asyncio (chapter 7). */
public final class IoIntegration {
    public static final String TAB_ID = "io-tab";
    public static final List<String> LESSONS = List.of("coroutines", "asyncio");

    private final IoView view = new IoView();
    private final Tab tab;

    private IoIntegration(MainWindow window, RunIntegration runs) {
        view.localeProperty().bind(window.i18n().localeProperty());
        tab = LessonTabs.install(window, runs).add(TAB_ID,
                locale -> LocalizedMessages.of(IoView.MESSAGES, locale).text("tab.io"), view.node(), LESSONS);
        StopOnClose.install(window.scene(), view::dispose);
    }

    public static IoIntegration install(MainWindow window, RunIntegration runs) {
        return new IoIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    public IoView view() {
        return view;
    }

    public Tab tab() {
        return tab;
    }
}
