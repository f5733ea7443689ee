/**
 * Running the editor's code: the spine from source text to a played trace.
 *
 * <h2>Wiring (what the app does)</h2>
 * <pre>{@code
 * MainWindow window = new MainWindow(stage, model, io, highlight, Platform::exit);
 * RunIntegration runs = RunIntegration.install(window);  // Run/Stop, player, execution view
 * window.show();
 * }</pre>
 * {@link org.ouroboros.ui.run.RunIntegration} adds Run and Stop to the toolbar and a Run menu
 * (Ctrl+Enter or F9 to run; Ctrl+. or Shift+F5 to stop: Esc stays with presentation mode),
 * puts the {@link org.ouroboros.ui.player.PlayerBar} under the view, registers its
 * {@link org.ouroboros.ui.run.RunPanel} (a one-line outcome banner over the
 * {@link org.ouroboros.ui.view.execution.ExecutionView}) for every lesson, and shows a short
 * outcome in the status bar. A richer view replaces a lesson's panel with
 * {@code window.registerLessonView(id, …)} after {@code install} and plays the same
 * {@link org.ouroboros.ui.run.RunIntegration#player() player}.
 *
 * <h2>A run</h2>
 * {@link org.ouroboros.ui.run.RunController} runs one program at a time on its own daemon
 * thread (the VM's deep stack), never on the FX thread, and publishes a
 * {@link org.ouroboros.ui.run.RunReport}: the coarse, capped trace, a
 * {@link org.ouroboros.ui.run.RunOutcome} (completed, syntax problem, raised, stopped, limit
 * reached, internal error), the stderr text of a failure and the time taken.
 * {@link org.ouroboros.ui.run.PythonRunner} is the VM side and has no JavaFX in it; Stop goes
 * through {@code Vm.cancel()} ({@link org.ouroboros.ui.run.StopSwitch}), leaving the VM's
 * eval-breaker hook to the thread scheduler. The player is
 * put at the end of the trace; {@link org.ouroboros.ui.run.EditorMarks} marks the player's
 * line, the failing line and a SyntaxError's position in the editor by CSS class.
 */
package org.ouroboros.ui.run;
