package org.ouroboros.ui.export;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.theme.ThemeApplier;

/**
 * Puts a view in a scene styled like the app's (theme stylesheets, {@code lang-…} and
 * {@code presentation} root classes), shows it at one trace position, and snapshots it. Runs
 * on the FX thread.
 */
public final class ViewRenderer {
    private ViewRenderer() {}

    /** A styled scene around {@code view}, on a stage that is showing (so CSS and layout run as in the app). */
    public static Stage stage(TraceView view, RenderSettings settings) {
        StackPane root = new StackPane(view.node());
        root.getStyleClass().addAll(MainWindow.ROOT_CLASS, "lang-" + settings.language().tag());
        if (settings.presentation()) {
            root.getStyleClass().add(MainWindow.PRESENTATION_CLASS);
        }
        Scene scene = new Scene(root, settings.width(), settings.height());
        ThemeApplier.apply(scene, settings.theme());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** Shows {@code trace} at {@code position} and returns the scene's pixels at the settings' scale. */
    public static WritableImage snapshot(Stage stage, TraceView view, Trace trace, int position, double scale) {
        view.show(trace, position);
        var root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
        return PngExporter.snapshot(root, scale);
    }
}
