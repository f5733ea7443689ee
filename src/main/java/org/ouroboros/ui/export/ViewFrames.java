package org.ouroboros.ui.export;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.TraceView;

/**
 * Frames of a fresh, windowless view of one trace (the command line, handouts): the view is built
 * and framed as {@code ouroboros export} frames a single picture, then shown at each position.
 */
public final class ViewFrames implements FrameSource {
    private final Scene scene;
    private final TraceView view;
    private final Trace trace;
    private final double scale;

    private ViewFrames(Scene scene, TraceView view, Trace trace, double scale) {
        this.scene = scene;
        this.view = view;
        this.trace = trace;
        this.scale = scale;
    }

    /**
     * Builds the view on the FX thread; empty when the options do not fit the trace (no class
     * of that name for the MRO view).
     */
    public static Optional<ViewFrames> create(ExportableView exportable, ExportOptions options, Trace trace,
            RenderSettings settings) {
        TraceView view = exportable.create(options);
        Scene scene = ViewRenderer.scene(view, settings);
        view.show(trace, trace.size() - 1);
        // Laid out once before selecting: some selections (fitting a graph) need the view's size.
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        if (!exportable.select(view, trace, options)) {
            return Optional.empty();
        }
        return Optional.of(new ViewFrames(scene, view, trace, settings.scale()));
    }

    @Override
    public WritableImage frame(int position) {
        return ViewRenderer.snapshot(scene, view, trace, position, scale);
    }

    /** The scene the frames are drawn from (tests look at it). */
    public Scene scene() {
        return scene;
    }
}
