package org.ouroboros.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The central area of the window: the current view, with a slot under it for the player bar.
 * Views and the player bar are plain nodes; the host only places them.
 *
 * <pre>
 * viewHost.show(myView);          // replaces the current view
 * viewHost.setPlayerBar(playerBar); // or null to hide the slot
 * </pre>
 */
public final class ViewHost extends BorderPane {
    public static final String STYLE_CLASS = "view-host";

    private final StackPane viewArea = new StackPane();
    private final ReadOnlyObjectWrapper<Node> currentView = new ReadOnlyObjectWrapper<>(this, "currentView");
    private final ObjectProperty<Node> playerBar = new SimpleObjectProperty<>(this, "playerBar");

    public ViewHost() {
        getStyleClass().add(STYLE_CLASS);
        viewArea.getStyleClass().add("view-area");
        setCenter(viewArea);
        currentView.addListener((obs, old, view) -> {
            if (view == null) {
                viewArea.getChildren().clear();
            } else {
                viewArea.getChildren().setAll(view);
            }
        });
        playerBar.addListener((obs, old, bar) -> setBottom(bar));
    }

    /** Shows {@code view} in place of the current one. */
    public void show(Node view) {
        currentView.set(view);
    }

    public void clear() {
        currentView.set(null);
    }

    public ReadOnlyObjectProperty<Node> currentViewProperty() {
        return currentView.getReadOnlyProperty();
    }

    public Node getCurrentView() {
        return currentView.get();
    }

    /** The node exported to PNG: the view area, with its background, without the player bar. */
    public Node exportTarget() {
        return viewArea;
    }

    public ObjectProperty<Node> playerBarProperty() {
        return playerBar;
    }

    public void setPlayerBar(Node bar) {
        playerBar.set(bar);
    }

    public Node getPlayerBar() {
        return playerBar.get();
    }
}
