package org.ouroboros.ui.view.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;

/**
 * The graph canvas restyles and re-places only nodes that changed; every position still shows
 * each node with the text, style and place a fresh view gives it, stepping forward or back.
 */
class GraphStepConsistencyTest extends StagedFxTestBase {
    private static final Trace CLASSES = ObjectTraces.run(ObjectTraces.SEED_CLASSES);

    @Test
    void steppingForwardAndBackDrawsWhatAFreshViewDraws() {
        GraphView stepped = view();
        GraphView fresh = view();
        show(new HBox(stepped.node(), fresh.node()), 1200, 760);
        int every = Math.max(1, CLASSES.size() / 25);
        for (int p = -1; p < CLASSES.size(); p++) {
            int at = p;
            runFx(() -> stepped.show(CLASSES, at));
            if (p % every == 0 || p == CLASSES.size() - 1) {
                assertSame(stepped, fresh, p);
            }
        }
        for (int p = CLASSES.size() - 1; p >= -1; p -= every) {
            int at = p;
            runFx(() -> stepped.show(CLASSES, at));
            assertSame(stepped, fresh, p);
        }
    }

    @Test
    void selectingAndUnselectingANodeRestylesOnlyIt() {
        GraphView stepped = view();
        GraphView fresh = view();
        show(new HBox(stepped.node(), fresh.node()), 1200, 760);
        int p = CLASSES.size() - 1;
        runFx(() -> stepped.show(CLASSES, p));
        String key = callFx(() -> stepped.graph().nodes().keySet().iterator().next());
        runFx(() -> stepped.select(key));
        runFx(() -> stepped.select(null));
        assertSame(stepped, fresh, p);
    }

    private GraphView view() {
        return callFx(() -> {
            GraphView v = new GraphView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
    }

    private void assertSame(GraphView stepped, GraphView fresh, int p) {
        runFx(() -> fresh.show(CLASSES, p));
        runFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        assertEquals(callFx(() -> drawn(fresh.node())), callFx(() -> drawn(stepped.node())), "position " + p);
    }

    /** Each drawn node by id: its text, style classes and box; and each edge's id and shape. */
    private static Map<String, String> drawn(Node root) {
        Map<String, String> out = new TreeMap<>();
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (n instanceof NodeLabel label) {
                out.put(label.getId(), label.getText() + " " + label.getStyleClass() + String.format(Locale.ROOT,
                        " at %.1f,%.1f %.1fx%.1f", label.getLayoutX(), label.getLayoutY(), label.getWidth(), label.getHeight()));
            } else if (n instanceof EdgeShape edge) {
                out.put("edge " + edge.edge().key(), edge.getBoundsInParent().toString());
            } else if (n instanceof Parent parent && !(n instanceof Label)) {
                todo.addAll(parent.getChildrenUnmodifiable());
            }
        }
        return out;
    }
}
