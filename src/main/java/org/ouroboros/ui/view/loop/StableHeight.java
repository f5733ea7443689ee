package org.ouroboros.ui.view.loop;

import javafx.beans.value.ChangeListener;
import javafx.scene.layout.Region;

/**
 * Lets a region of live text grow but not shrink back: when a number gains or loses a digit and
 * a line wraps differently, everything below would move and be repainted; with the height kept
 * at its largest, only the text itself is. {@link #reset} lets it shrink once (new run, new language).
 */
public final class StableHeight {
    private final Region region;

    private StableHeight(Region region) {
        this.region = region;
        ChangeListener<Number> grow = (o, old, height) -> {
            if (height.doubleValue() > region.getMinHeight()) {
                region.setMinHeight(height.doubleValue());
            }
        };
        region.heightProperty().addListener(grow);
    }

    public static StableHeight keep(Region region) {
        return new StableHeight(region);
    }

    /** Lets the region take its natural height again (it grows from there). */
    public void reset() {
        region.setMinHeight(Region.USE_COMPUTED_SIZE);
    }
}
