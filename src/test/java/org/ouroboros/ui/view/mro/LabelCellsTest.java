package org.ouroboros.ui.view.mro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.view.SceneDescription;
import org.ouroboros.ui.view.mro.LabelCells.Cell;

/**
 * A pane synced to a list of wanted labels holds exactly the labels a pane built from those
 * cells holds, in order, and keeps the labels it already shows: a changed text or style is set on
 * the label on screen, a keyed cell keeps its label when cells before it come or go.
 */
class LabelCellsTest extends FxTestBase {

    @Test
    void syncedPaneLooksLikeOneBuiltFromScratch() {
        List<Cell> first = List.of(Cell.of("a", "x"), Cell.of("b", "y", "z").wrapped(), Cell.of("c", "x").withId("cid"));
        List<Cell> second = List.of(Cell.of("b", "x"), Cell.of("a", "y"));
        String[] described = callFx(() -> {
            VBox synced = new VBox();
            LabelCells.sync(synced, first);
            LabelCells.sync(synced, second);
            VBox scratch = new VBox();
            LabelCells.sync(scratch, second);
            return new String[] {SceneDescription.of(synced), SceneDescription.of(scratch)};
        });
        assertEquals(described[1], described[0]);
        assertEquals("VBox \n  Label label x \"b\"\n  Label label y \"a\"\n", described[0]);
    }

    @Test
    void changedTextsAndStylesAreSetOnTheLabelsOnScreen() {
        callFx(() -> {
            VBox pane = new VBox();
            LabelCells.sync(pane, List.of(Cell.of("one", "a"), Cell.of("two", "a"), Cell.of("three", "a")));
            List<Node> before = new ArrayList<>(pane.getChildren());
            LabelCells.sync(pane, List.of(Cell.of("one", "a"), Cell.of("2", "b"), Cell.of("three", "a").wrapped()));
            for (int i = 0; i < 3; i++) {
                assertSame(before.get(i), pane.getChildren().get(i), "label " + i);
            }
            Label two = (Label) pane.getChildren().get(1);
            assertEquals("2", two.getText());
            assertEquals(List.of("label", "b"), two.getStyleClass());
            assertTrue(((Label) pane.getChildren().get(2)).isWrapText());
            return null;
        });
    }

    @Test
    void aMarkIsAPseudoClassMovedFromLabelToLabel() {
        callFx(() -> {
            VBox pane = new VBox();
            LabelCells.sync(pane, List.of(Cell.of("a", "line"), Cell.of("b", "line").in("current")));
            LabelCells.sync(pane, List.of(Cell.of("a", "line"), Cell.of("b", "line"), Cell.of("c", "line").in("current")));
            PseudoClass current = PseudoClass.getPseudoClass("current");
            assertEquals(List.of(false, false, true),
                    pane.getChildren().stream().map(n -> n.getPseudoClassStates().contains(current)).toList());
            assertEquals(List.of("label", "line"), pane.getChildren().get(1).getStyleClass());
            return null;
        });
    }

    @Test
    void anUnchangedStyleIsNotSetAgain() {
        int changes = callFx(() -> {
            VBox pane = new VBox();
            LabelCells.sync(pane, List.of(Cell.of("x", "a", "b")));
            AtomicInteger fired = new AtomicInteger();
            ((Label) pane.getChildren().get(0)).getStyleClass()
                    .addListener((ListChangeListener<String>) c -> fired.incrementAndGet());
            LabelCells.sync(pane, List.of(Cell.of("y", "a", "b")));
            return fired.get();
        });
        // Setting an equal list would still fire, and re-match the label's CSS.
        assertEquals(0, changes);
    }

    @Test
    void aKeyedGridCellKeepsItsLabelWhenCellsBeforeItGo() {
        callFx(() -> {
            GridPane grid = new GridPane();
            LabelCells.sync(grid, List.of(
                    Cell.of("A", "cell").at(1, 1, 1, "cell 0 0"),
                    Cell.of("B", "cell").at(2, 1, 1, "cell 0 1"),
                    Cell.of("C", "cell").at(1, 2, 1, "cell 1 0"),
                    Cell.of("note", "note").at(3, 2, 1, "note 1")));
            Node rowTwoHead = grid.getChildren().get(2);
            Node note = grid.getChildren().get(3);
            // Row 1 loses a cell; row 2 and its note stay, and the note moves a column left.
            LabelCells.sync(grid, List.of(
                    Cell.of("B", "cell").at(1, 1, 1, "cell 0 0"),
                    Cell.of("C", "cell").at(1, 2, 1, "cell 1 0"),
                    Cell.of("note", "note").at(2, 2, 1, "note 1")));
            assertEquals(3, grid.getChildren().size());
            assertSame(rowTwoHead, grid.getChildren().get(1));
            assertSame(note, grid.getChildren().get(2));
            assertEquals(2, GridPane.getColumnIndex(note));
            assertEquals(2, GridPane.getRowIndex(note));
            assertEquals("B", ((Label) grid.getChildren().get(0)).getText());
            return null;
        });
    }
}
