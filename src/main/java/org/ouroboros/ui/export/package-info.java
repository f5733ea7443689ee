/**
 * Pictures of views: {@link org.ouroboros.ui.export.PngExporter} (the app's Ctrl+E) and headless
 * rendering for {@code ouroboros export} and {@code ouroboros bench frames}:
 * {@link org.ouroboros.ui.export.HeadlessFx} (Monocle, software rendering),
 * {@link org.ouroboros.ui.export.TraceRuns} (a program's trace at a view's level; fine traces
 * without per-instruction events), {@link org.ouroboros.ui.export.ViewRenderer} (the app's
 * theme, language and presentation classes around a view) and the registry
 * {@link org.ouroboros.ui.export.ExportableViews}, where a view plugs in with one line:
 * <pre>{@code
 * views.put("gil", ExportableView.of(TraceLevel.COARSE, options -> {
 *     GilView view = new GilView();
 *     view.setLocale(options.locale());
 *     return view;
 * }));
 * }</pre>
 *
 * <p><b>Animations.</b> {@link org.ouroboros.ui.export.AnimationExporter} walks a
 * {@link org.ouroboros.ui.export.FrameRange} of player positions: a {@link org.ouroboros.ui.export.FrameSource}
 * draws a few frames at a time on the FX thread (a fresh windowless view,
 * {@link org.ouroboros.ui.export.ViewFrames}, for {@code export --gif}; the window's own view area,
 * {@link org.ouroboros.ui.export.PlayerFrames}, for File ▸ Export Animation…), and a worker streams them
 * to a {@link org.ouroboros.ui.export.FrameSink}: {@link org.ouroboros.ui.export.AnimatedGifWriter}
 * (javax.imageio, looping, per-frame delay) or {@link org.ouroboros.ui.export.PngSequenceWriter}. A
 * cancelled or failed export leaves no file.
 *
 * <p><b>Handouts.</b> {@link org.ouroboros.ui.export.LessonHandout} turns a lesson's steps into a
 * {@link org.ouroboros.ui.export.Handout} (texts, and each step's view pictured at its position);
 * {@link org.ouroboros.ui.export.PdfHandoutWriter} sets it in a system font found by
 * {@link org.ouroboros.ui.export.HandoutFonts} (WenQuanYi Micro Hei first; no font is shipped).
 */
package org.ouroboros.ui.export;
