package org.ouroboros.ui.view.graph;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.layout.HBox;
import org.ouroboros.ui.player.LocalizedMessages;

/** The key under the toolbar: both edge styles drawn as they appear, and the three node shapes. */
final class GraphLegend extends FlowPane {
    private final Label subclass = new Label();
    private final Label instanceOf = new Label();
    private final Label metaclass = new Label();
    private final Label cls = new Label();
    private final Label instance = new Label();

    GraphLegend() {
        getStyleClass().add("graph-legend");
        setId("graph-legend");
        Line solid = new Line(0, 0, 34, 0);
        Polygon triangle = new Polygon(44, 0, 34, -5, 34, 5);
        Line dashed = new Line(0, 0, 40, 0);
        Polyline chevron = new Polyline(33, -5, 42, 0, 33, 5);
        solid.getStyleClass().add("graph-legend-solid");
        triangle.getStyleClass().add("graph-legend-triangle");
        dashed.getStyleClass().add("graph-legend-dashed");
        chevron.getStyleClass().add("graph-legend-chevron");
        HBox a = new HBox(new javafx.scene.Group(solid, triangle), subclass);
        HBox b = new HBox(new javafx.scene.Group(dashed, chevron), instanceOf);
        a.getStyleClass().add("graph-legend-item");
        b.getStyleClass().add("graph-legend-item");
        metaclass.getStyleClass().addAll("graph-node", "graph-node-metaclass", "graph-legend-node");
        cls.getStyleClass().addAll("graph-node", "graph-node-class", "graph-legend-node");
        instance.getStyleClass().addAll("graph-node", "graph-node-instance", "graph-legend-node");
        getChildren().addAll(a, b, metaclass, cls, instance);
    }

    void update(LocalizedMessages words) {
        subclass.setText(words.text("graph.legend.subclass"));
        instanceOf.setText(words.text("graph.legend.instanceOf"));
        metaclass.setText(words.text("graph.legend.metaclass"));
        cls.setText(words.text("graph.legend.class"));
        instance.setText(words.text("graph.legend.instance"));
    }
}
