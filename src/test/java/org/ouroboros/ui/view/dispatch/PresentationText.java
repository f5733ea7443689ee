package org.ouroboros.ui.view.dispatch;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.export.RenderSettings;
import org.ouroboros.ui.export.ViewRenderer;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.player.TraceView;

/** The font sizes a view's text gets in presentation mode (the app's {@code .presentation} root). Call on the FX thread. */
public final class PresentationText {
    private PresentationText() {}

    /** "text: size" of every label that is smaller than {@code minimum} px. */
    public static List<String> smallerThan(double minimum, TraceView view, Trace trace, int position) {
        Scene scene = ViewRenderer.scene(view, new RenderSettings(1200, 800, ThemeChoice.LIGHT, Language.ENGLISH, true, 1));
        ViewRenderer.snapshot(scene, view, trace, position, 1);
        List<String> small = new ArrayList<>();
        collect(scene.getRoot(), minimum, small);
        return small;
    }

    static void collect(Node node, double minimum, List<String> small) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty() && labeled.getFont().getSize() < minimum) {
            small.add(labeled.getText() + ": " + labeled.getFont().getSize());
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), minimum, small);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, minimum, small);
            }
        }
    }
}
