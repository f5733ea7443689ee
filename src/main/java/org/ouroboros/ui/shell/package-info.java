/**
 * The application shell: the main window and everything around the views.
 *
 * <p>{@link org.ouroboros.ui.shell.MainWindow} builds the window from small parts (menu bar,
 * toolbar, lesson navigator, {@link org.ouroboros.ui.ViewHost}, code editor, explanation pane,
 * status bar) and binds each of them to the one {@link org.ouroboros.ui.model.AppModel}. The
 * parts never call each other; user actions go through {@link org.ouroboros.ui.shell.ShellActions},
 * whose file work runs on a background thread.
 *
 * <p>Putting a view and the player into the window:
 * <pre>{@code
 * MainWindow window = new MainWindow(stage, model, io, highlight, Platform::exit);
 * window.viewHost().setPlayerBar(playerBar);             // the slot under the view
 * window.registerLessonView("objects", () -> view.node()); // what a lesson opens
 * window.viewHost().show(someOtherView);                 // or show a view directly
 * playerBar.localeProperty().bind(window.i18n().localeProperty());
 * window.show();
 * }</pre>
 */
package org.ouroboros.ui.shell;
