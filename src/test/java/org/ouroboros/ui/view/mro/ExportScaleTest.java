package org.ouroboros.ui.view.mro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.export.PngExporter;
import org.ouroboros.ui.view.ExportScale;

/**
 * A 2× picture of the MRO view in a window (the app's Ctrl+E) draws its canvases at 2 pixels per
 * unit while it is taken, so their text is as sharp as the labels'; afterwards they go back to
 * the screen's density.
 */
class ExportScaleTest extends StagedFxTestBase {
    private static final Trace SEED = MroTraces.run(MroTraces.SEED_CLASSES);

    @Test
    void canvasesDrawAtThePicturesScaleOnlyWhileItIsTaken() {
        MroView view = callFx(() -> {
            MroView v = new MroView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(callFx(() -> new StackPane(view.node())), 1000, 800);
        runFx(() -> view.show(SEED, SEED.size() - 1));
        runFx(() -> view.node().getScene().getRoot().layout());
        List<Canvas> canvases = callFx(() -> view.node().lookupAll("Canvas").stream()
                .filter(n -> n instanceof Canvas c && c.getWidth() > 0).map(n -> (Canvas) n).toList());
        assertFalse(canvases.isEmpty(), "the merge table and the graph are canvases");
        List<Double> onScreen = callFx(() -> canvases.stream().map(Canvas::getWidth).toList());

        List<Double> during = callFx(() -> {
            Node root = view.node().getScene().getRoot();
            ExportScale.begin(root, 2);
            try {
                return canvases.stream().map(Canvas::getWidth).toList();
            } finally {
                ExportScale.end(root);
            }
        });
        for (int i = 0; i < canvases.size(); i++) {
            assertEquals(2 * onScreen.get(i), during.get(i), 1.0, "canvas " + i + " while a 2x picture is taken");
        }
        runFx(() -> view.node().getScene().getRoot().layout());
        assertEquals(onScreen, callFx(() -> canvases.stream().map(Canvas::getWidth).toList()), "back at screen density");

        WritableImage picture = callFx(() -> PngExporter.snapshot(view.node(), 2));
        assertEquals(2 * callFx(() -> view.node().getLayoutBounds().getWidth()), picture.getWidth(), 2.0);
    }
}
