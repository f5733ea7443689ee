/**
 * The views that render traces, one sub-package each ({@code graph}, {@code names},
 * {@code dispatch}, {@code mro}, {@code creation}, {@code execution}, {@code gil}, {@code race},
 * {@code sync}, {@code threads}, {@code gen}, {@code loop}, {@code io}, {@code c10k}), and what
 * they share:
 *
 * <ul>
 *   <li>{@link org.ouroboros.ui.view.LessonViews} and {@link org.ouroboros.ui.view.LessonTabs}:
 *       which views a lesson shows, as tabs on the shared player.</li>
 *   <li>{@link org.ouroboros.ui.view.StepHeader}: previous/next and the count of a view's own
 *       steps (walks, creations) with zoom buttons; {@link org.ouroboros.ui.view.ZoomPan} and
 *       {@link org.ouroboros.ui.view.ZoomFrame}: a diagram zoomed in a scroll pane.</li>
 *   <li>{@link org.ouroboros.ui.view.CallStacks}: per-thread call stacks followed through a trace.</li>
 *   <li>Frame-time helpers for software rendering: {@link org.ouroboros.ui.view.SkinnedLabels}
 *       (labels made with their skins), {@link org.ouroboros.ui.view.ScrollPanes} (no viewport
 *       bitmap cache), {@link org.ouroboros.ui.view.RepaintMark} (no whole-window repaint for
 *       changes out of sight); {@code ouroboros bench frames} measures them.</li>
 *   <li>{@link org.ouroboros.ui.view.ExportScale}: the pixel scale a PNG export is taken at.</li>
 * </ul>
 *
 * <p>Software rendering repaints every pixel a pulse dirties, and JavaFX dirties more than the
 * change: a region that changes size is repainted whole, with everything in it, and so is a
 * parent that loses a child. A view that steps many times a second therefore keeps its nodes and
 * gives them new text, hides what goes instead of removing it (the names view's {@code Places}
 * and {@code ArrowLayer}), and lets its containers grow in coarse steps
 * ({@link org.ouroboros.ui.view.SteppedSize}: the names board, the creation view's sequence diagram). {@code -Djavafx.pulseLogger=true} prints each
 * pulse's dirty regions.
 */
package org.ouroboros.ui.view;
