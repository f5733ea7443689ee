package org.ouroboros.ui.view;

import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.creation.CreationIntegration;
import org.ouroboros.ui.view.dispatch.DispatchIntegration;
import org.ouroboros.ui.view.graph.GraphIntegration;
import org.ouroboros.ui.view.loop.AsyncLessons;
import org.ouroboros.ui.view.mro.MroIntegration;
import org.ouroboros.ui.view.names.NamesIntegration;
import org.ouroboros.ui.view.threads.ThreadsIntegration;

/** Puts every view into the lessons' tabs: the one list the app and the window tests share. */
public final class LessonViews {
    private LessonViews() {}

    /**
     * Installs each view's integration, in tab order. Returns the threads integration, whose
     * scheduler knobs lecture files save.
     */
    public static ThreadsIntegration installAll(MainWindow window, RunIntegration runs) {
        MroIntegration.install(window, runs);
        ThreadsIntegration threads = ThreadsIntegration.install(window, runs);
        GraphIntegration.install(window, runs);
        NamesIntegration.install(window, runs);
        AsyncLessons.install(window, runs);
        DispatchIntegration.install(window, runs);
        CreationIntegration.install(window, runs);
        return threads;
    }
}
