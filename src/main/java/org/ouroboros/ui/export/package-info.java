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
 */
package org.ouroboros.ui.export;
