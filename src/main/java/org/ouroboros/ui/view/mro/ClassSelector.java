package org.ouroboros.ui.view.mro;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;

/**
 * The class selector, measured once per list of classes, language and font. A combo box's skin
 * measures every item to find its preferred width, and the header it sits in is laid out on
 * every step (the step counter's text changes): with hundreds of classes that measuring was a
 * large part of a step's layout.
 */
final class ClassSelector extends ComboBox<Integer> {
    private double prefWidth = -1;
    private double minWidth = -1;

    ClassSelector() {
        getItems().addListener((ListChangeListener<Integer>) change -> remeasure());
        itemsProperty().addListener((obs, old, items) -> remeasure());
        converterProperty().addListener(observable -> remeasure());
    }

    /** Forgets the measured widths (the items' names or their font changed). */
    void remeasure() {
        prefWidth = -1;
        minWidth = -1;
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        if (prefWidth < 0) {
            prefWidth = super.computePrefWidth(height);
        }
        return prefWidth;
    }

    @Override
    protected double computeMinWidth(double height) {
        if (minWidth < 0) {
            minWidth = super.computeMinWidth(height);
        }
        return minWidth;
    }
}
