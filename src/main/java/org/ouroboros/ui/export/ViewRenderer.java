package org.ouroboros.ui.export;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.theme.ThemeApplier;

/**
 * Puts a view in a scene styled like the app's (theme stylesheets, {@code lang-…} and
 * {@code presentation} root classes), shows it at one trace position, and snapshots it. Runs
 * on the FX thread. The scene has no window: a headless screen is smaller than a slide, and a
 * snapshot needs only CSS and layout.
 */
public final class ViewRenderer {
    private ViewRenderer() {}

    /** A styled scene of the settings' size around {@code view}. */
    public static Scene scene(TraceView view, RenderSettings settings) {
        StackPane root = new StackPane(view.node());
        root.getStyleClass().addAll(MainWindow.ROOT_CLASS, "lang-" + settings.language().tag());
        if (settings.presentation()) {
            root.getStyleClass().add(MainWindow.PRESENTATION_CLASS);
        }
        Scene scene = new Scene(root, settings.width(), settings.height());
        ThemeApplier.apply(scene, settings.theme());
        return scene;
    }

    /** Shows {@code trace} at {@code position} and returns the scene's pixels at the settings' scale. */
    public static WritableImage snapshot(Scene scene, TraceView view, Trace trace, int position, double scale) {
        view.show(trace, position);
        var root = scene.getRoot();
        // Twice: the first pass creates skins whose own content needs a second CSS and layout pass.
        for (int pass = 0; pass < 2; pass++) {
            root.applyCss();
            root.layout();
        }
        return PngExporter.snapshot(root, scale);
    }
}
