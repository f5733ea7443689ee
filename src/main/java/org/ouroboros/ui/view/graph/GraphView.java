package org.ouroboros.ui.view.graph;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.RepaintMark;

/**
 * The type/object/class graph: classes, metaclasses and instances as the program builds them,
 * with "instance of" and "subclass of" edges, an inspector for the clicked node, filters, and a
 * force-directed (GraphStream) or layered layout computed once per trace so nodes never move
 * while stepping. Instances beyond {@link GraphFold#DEFAULT_CAP} per class collapse into one node.
 *
 * <pre>{@code
 * GraphView view = new GraphView();
 * view.setLocale(Locale.ENGLISH);
 * view.show(trace, trace.size() - 1);   // or TraceViewBinding.bind(player, view)
 * parent.getChildren().add(view.node());
 * }</pre>
 */
public final class GraphView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.graph.messages";

    private final CheckpointedFold<GraphState> states;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final BorderPane root = new BorderPane();
    private final RepaintMark repaintMark = new RepaintMark();
    private final ToggleButton hideBuiltins = new ToggleButton();
    private final ToggleButton hideInstances = new ToggleButton();
    private final ToggleButton focus = new ToggleButton();
    private final ToggleButton layered = new ToggleButton();
    private final Button fit = new Button();
    private final Label status = new Label();
    private final GraphLegend legend = new GraphLegend();
    private final GraphCanvas canvas = new GraphCanvas();
    private final InspectorPanel inspector = new InspectorPanel();
    private final ScrollPane side = org.ouroboros.ui.view.ScrollPanes.paintChangesOnly(new ScrollPane(inspector));
    /** The canvas alone until a node is clicked; then the inspector beside it. */
    private final SplitPane split = new SplitPane(canvas);

    private Trace shownTrace = new Trace(List.of());
    private int shownPosition = -1;
    private SnapshotIndex index = SnapshotIndex.of(shownTrace);
    private GraphState shown;
    private ObjectGraph everything = new ObjectGraph(java.util.Map.of(), List.of());
    private ObjectGraph drawn = everything;
    private String selected;

    public GraphView() {
        this(GraphFold.DEFAULT_CAP);
    }

    /** {@code cap}: instances drawn per class before the rest collapse into one counted node. */
    public GraphView(int cap) {
        GraphFold fold = new GraphFold(cap);
        states = new CheckpointedFold<>(fold);
        shown = fold.initial();
        root.getStyleClass().add("graph-view");
        root.getStylesheets().add(Objects.requireNonNull(GraphView.class.getResource("graph-view.css")).toExternalForm());
        hideBuiltins.setId("graph-hide-builtins");
        hideInstances.setId("graph-hide-instances");
        focus.setId("graph-focus");
        layered.setId("graph-layered");
        fit.setId("graph-fit");
        status.setId("graph-status");
        status.getStyleClass().add("graph-status");
        status.setWrapText(true);
        for (ToggleButton t : List.of(hideBuiltins, hideInstances, focus)) {
            t.setFocusTraversable(false);
            t.selectedProperty().addListener(o -> render());
        }
        layered.setFocusTraversable(false);
        layered.selectedProperty().addListener(o -> place());
        fit.setFocusTraversable(false);
        fit.setOnAction(e -> canvas.fit());
        FlowPane tools = new FlowPane(hideBuiltins, hideInstances, focus, layered, fit);
        tools.getStyleClass().add("graph-tools");
        VBox top = new VBox(tools, legend, status);
        top.getStyleClass().add("graph-top");
        side.setFitToWidth(true);
        side.getStyleClass().add("graph-inspector-scroll");
        split.setOrientation(Orientation.HORIZONTAL);
        root.setTop(top);
        root.setCenter(split);
        root.getChildren().add(repaintMark.node());
        root.setMinSize(0, 0);
        canvas.setOnSelect(n -> {
            // A second click on the selected node closes the inspector.
            selected = n.key().equals(selected) ? null : n.key();
            render();
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DIGIT0 && e.isShortcutDown()) {
                canvas.fit();
            }
        });
        locale.addListener(o -> render());
        render();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Trace trace, int position) {
        if (trace != shownTrace) {
            shownTrace = trace;
            index = SnapshotIndex.of(trace);
            everything = trace.size() == 0 ? new ObjectGraph(java.util.Map.of(), List.of())
                    : ObjectGraph.of(states.stateAt(trace, trace.size() - 1), index, trace.size() - 1, GraphFilters.NONE);
            selected = null;
            place();
        }
        shownPosition = position;
        shown = states.stateAt(trace, position);
        render();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** Selects a node by key (as a click does), e.g. {@code GraphNode.objectKey(id)}; null clears. */
    public void select(String key) {
        selected = key;
        render();
    }

    public void setHideBuiltins(boolean on) {
        hideBuiltins.setSelected(on);
    }

    public void setHideInstances(boolean on) {
        hideInstances.setSelected(on);
    }

    /** Shows only the selected node's ancestry (its class, bases, metaclasses). */
    public void setFocusOnAncestry(boolean on) {
        focus.setSelected(on);
    }

    public void setLayered(boolean on) {
        layered.setSelected(on);
    }

    /** The graph on screen now (after filters). */
    public ObjectGraph graph() {
        return drawn;
    }

    /** The state at the position shown (a copy). */
    public GraphState state() {
        return shown.copy();
    }

    /** The inspector's text for a row ("id", "type", "value", "dict", "dir", "bases", "mro", "class"). */
    public String inspected(String row) {
        return inspector.value(row);
    }

    /** Shows the whole graph the trace will build (Ctrl+0 does the same). */
    public void fitToView() {
        canvas.fit();
    }

    /**
     * Scales the whole graph drawn now into the canvas, however many nodes it has (for a picture:
     * {@link #fitToView} keeps labels readable and lets a big graph run past the edges). Needs a
     * layout pass after the last {@link #show}.
     */
    public void fitWholeGraph() {
        canvas.fitAll();
    }

    private void place() {
        canvas.setPlacement(layered.isSelected() ? LayeredLayout.place(everything) : ForceLayout.place(everything));
        render();
    }

    private void render() {
        // new nodes are often placed out of sight: without a visible change the pulse repaints the window
        repaintMark.touchForTwoPulses();
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        hideBuiltins.setText(words.text("graph.hideBuiltins"));
        hideInstances.setText(words.text("graph.hideInstances"));
        focus.setText(words.text("graph.focus"));
        layered.setText(words.text("graph.layered"));
        fit.setText(words.text("graph.fit"));
        legend.update(words);
        GraphFilters filters = new GraphFilters(hideBuiltins.isSelected(), hideInstances.isSelected(),
                focus.isSelected() ? selected : null);
        drawn = ObjectGraph.of(shown, index, shownPosition, filters);
        canvas.show(drawn, selected, words, locale.get());
        status.setText(statusText(words));
        GraphNode node = selected == null ? null : drawn.node(selected);
        inspector.show(node, node == null ? null : Inspection.of(node, index, shownPosition), words);
        showInspector(selected != null);
    }

    private void showInspector(boolean on) {
        if (on && !split.getItems().contains(side)) {
            split.getItems().add(side);
            split.setDividerPositions(0.68);
        } else if (!on) {
            split.getItems().remove(side);
        }
    }

    private String statusText(LocalizedMessages words) {
        if (shown.classes().isEmpty()) {
            return words.text(shownTrace.size() == 0 ? "graph.status.empty" : "graph.status.notYet");
        }
        NumberFormat n = NumberFormat.getIntegerInstance(locale.get());
        String text = words.format("graph.status", n.format(shown.classes().size()), n.format(shown.instanceCount()));
        if (!shown.collapsed().isEmpty()) {
            text += " " + words.format("graph.status.collapsed", String.valueOf(shown.cap()));
        }
        return selected == null ? text + " " + words.text("graph.inspector.none") : text;
    }
}
