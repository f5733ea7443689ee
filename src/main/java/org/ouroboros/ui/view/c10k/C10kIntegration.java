package org.ouroboros.ui.view.c10k;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.Tab;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;
import org.ouroboros.ui.view.loop.StopOnClose;

/**
 * Puts the {@link C10kView} in the lessons on I/O and asyncio; closing the window stops a running
 * lab (its sockets, threads and child process go with it).
 */
public final class C10kIntegration {
    public static final String TAB_ID = "c10k-tab";
    public static final List<String> LESSONS = List.of("coroutines", "asyncio");

    private final C10kView view = new C10kView();
    private final Tab tab;

    private C10kIntegration(MainWindow window, RunIntegration runs) {
        view.localeProperty().bind(window.i18n().localeProperty());
        tab = LessonTabs.install(window, runs).add(TAB_ID,
                locale -> LocalizedMessages.of(C10kView.MESSAGES, locale).text("tab.c10k"), view.node(), LESSONS);
        StopOnClose.install(window.scene(), () -> {
            Thread stopper = new Thread(view::dispose, "c10k-dispose");
            stopper.setDaemon(true);
            stopper.start();
        });
    }

    public static C10kIntegration install(MainWindow window, RunIntegration runs) {
        return new C10kIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    public C10kView view() {
        return view;
    }

    public Tab tab() {
        return tab;
    }
}
