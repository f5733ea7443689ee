/**
 * The player: one model and one control bar that move every view through its trace.
 *
 * <h2>Mounting (what the app shell does)</h2>
 * <pre>{@code
 * PlayerModel player = new PlayerModel();              // plays on JavaFX pulses, 4 events/s at 1×
 * PlayerBar bar = new PlayerBar(player);                // ⏮ ◀ ⏯ ▶ ⏭, scrub, "event k / n", speed
 * bar.localeProperty().bind(appLocale);                 // switches language at run time
 * ExecutionView view = new ExecutionView();             // any TraceView
 * view.localeProperty().bind(appLocale);
 * TraceViewBinding.bind(player, view);                  // re-renders on every position change
 * centre.setCenter(view.node()); centre.setBottom(bar);
 * PlayerKeys.install(scene, player);                    // Space, →, ←, Home, End
 * player.setTrace(trace);                               // from the VM, or TraceJson.read(path)
 * }</pre>
 *
 * <h2>Positions</h2>
 * {@link org.ouroboros.ui.player.PlayerModel#positionProperty() position} {@code k} means
 * "after events 0..k"; {@code -1} is before the first event. A {@link
 * org.ouroboros.ui.player.TraceView} renders that state as a pure function of (trace, k), so
 * stepping back is exact; {@link org.ouroboros.ui.player.CheckpointedFold} keeps that fast on
 * long traces (a snapshot every 1,000 events).
 *
 * <h2>Keys</h2>
 * {@link org.ouroboros.ui.player.PlayerKeys} is a key-pressed filter that ignores keys with
 * modifiers and keys going to an editable text input (TextInputControl, RichTextFX areas such
 * as the code editor, editable combo boxes and spinners, or any node marked with
 * {@link org.ouroboros.ui.player.PlayerKeys#TEXT_INPUT_MARKER}).
 */
package org.ouroboros.ui.player;
