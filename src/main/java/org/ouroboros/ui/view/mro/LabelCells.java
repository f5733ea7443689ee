package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import org.ouroboros.ui.view.SkinnedLabels;

/**
 * Keeps a pane's labels in step with a list of wanted labels by reusing the ones on screen: a
 * player step changes a few texts and styles, and a new node costs CSS and layout from scratch
 * while a changed text costs one label's layout. Only what differs is touched (setting an equal
 * style class list still fires listeners and re-applies CSS). A cell with a key (a grid cell's
 * role: "row 2, column 3") keeps its label when cells before it come or go; a cell without one
 * is keyed by its index. The result is the same children, in the same order, that a pane built
 * from scratch would hold.
 */
final class LabelCells {
    /** Where a label sits in a {@link GridPane}. */
    record GridSpot(int column, int row, int columnSpan) {}

    /**
     * One wanted label.
     *
     * @param styles its style classes after {@code label}, in order
     * @param id     its id, or null
     * @param spot   its grid cell, or null outside a grid
     * @param key    what the label stands for, unique in its pane, or null to key it by its index
     * @param state  the one pseudo-class it has, or null
     * @param shown  false for a placeholder: invisible, it keeps the room the text will take later
     */
    record Cell(String text, List<String> styles, String id, boolean wrap, GridSpot spot, String key, String state,
                boolean shown) {
        Cell {
            styles = withLabel(styles);
        }

        static Cell of(String text, String... styles) {
            return new Cell(text, List.of(styles), null, false, null, null, null, true);
        }

        Cell withId(String value) {
            return new Cell(text, styles, value, wrap, spot, key, state, shown);
        }

        Cell wrapped() {
            return new Cell(text, styles, id, true, spot, key, state, shown);
        }

        /**
         * Marked with the pseudo-class {@code :name} (e.g. the current notation line): flipping a
         * pseudo-class between steps does not re-match the label's CSS, changing a style class does.
         */
        Cell in(String name) {
            return new Cell(text, styles, id, wrap, spot, key, name, shown);
        }

        /** In grid cell ({@code column}, {@code row}) spanning {@code columnSpan} columns, keyed by {@code role}. */
        Cell at(int column, int row, int columnSpan, String role) {
            return new Cell(text, styles, id, wrap, new GridSpot(column, row, columnSpan), role, state, shown);
        }

        /**
         * Not drawn yet but laid out: a line or item a later step shows takes its room from the
         * start, so a step does not push what is below it (which would repaint all of it).
         */
        Cell placeholder() {
            return new Cell(text, styles, id, wrap, spot, key, state, false);
        }

        private static List<String> withLabel(List<String> styles) {
            if (!styles.isEmpty() && styles.get(0).equals("label")) {
                return List.copyOf(styles);
            }
            List<String> all = new ArrayList<>(styles.size() + 1);
            all.add("label");
            all.addAll(styles);
            return List.copyOf(all);
        }
    }

    /** The label property holding the key of the cell it shows. */
    private static final String KEY = LabelCells.class.getName() + ".key";
    /** The label property holding the pseudo-class it was given, if any. */
    private static final String STATE = LabelCells.class.getName() + ".state";

    private LabelCells() {}

    /** Makes {@code pane}'s children (all labels) match {@code cells}, in order. */
    static void sync(Pane pane, List<Cell> cells) {
        ObservableList<Node> children = pane.getChildren();
        List<String> keys = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            keys.add(keyOf(cells.get(i), i));
        }
        Set<String> wanted = new HashSet<>(keys);
        Map<String, Label> kept = new HashMap<>();
        List<Node> gone = new ArrayList<>();
        for (Node child : children) {
            Object key = child.getProperties().get(KEY);
            if (key instanceof String k && wanted.contains(k) && kept.putIfAbsent(k, (Label) child) == null) {
                continue;
            }
            gone.add(child);
        }
        if (!gone.isEmpty()) {
            children.removeAll(gone);
        }
        for (int i = 0; i < cells.size(); i++) {
            String key = keys.get(i);
            Label label = kept.get(key);
            if (label == null) {
                label = SkinnedLabels.of("");
                // Only its preferred height is measured: its computed minimum and maximum heights
                // each lay its text out again, for every box around it that is measured.
                label.setMinHeight(0);
                label.setMaxHeight(Double.MAX_VALUE);
                label.getProperties().put(KEY, key);
                apply(label, cells.get(i));
                children.add(i, label);
                continue;
            }
            if (children.get(i) != label) {
                // Out of order (rare: a key moved before another): move it, which re-applies its CSS.
                children.remove(label);
                children.add(i, label);
            }
            apply(label, cells.get(i));
        }
    }

    private static String keyOf(Cell cell, int index) {
        return cell.key() != null ? cell.key() : "#" + index;
    }

    /** Gives {@code label} the cell's text, styles, id, wrapping and grid spot, touching only what differs. */
    static void apply(Label label, Cell cell) {
        if (!cell.text().equals(label.getText())) {
            label.setText(cell.text());
        }
        if (!label.getStyleClass().equals(cell.styles())) {
            label.getStyleClass().setAll(cell.styles());
        }
        if (!Objects.equals(label.getId(), cell.id())) {
            label.setId(cell.id());
        }
        if (label.isVisible() != cell.shown()) {
            label.setVisible(cell.shown());
        }
        if (label.isWrapText() != cell.wrap()) {
            label.setWrapText(cell.wrap());
        }
        Object was = label.getProperties().get(STATE);
        if (!Objects.equals(was, cell.state())) {
            if (was instanceof String old) {
                label.pseudoClassStateChanged(PseudoClass.getPseudoClass(old), false);
            }
            if (cell.state() != null) {
                label.pseudoClassStateChanged(PseudoClass.getPseudoClass(cell.state()), true);
            }
            label.getProperties().put(STATE, cell.state());
        }
        GridSpot spot = cell.spot();
        if (spot != null && !spot.equals(spotOf(label))) {
            GridPane.setConstraints(label, spot.column(), spot.row(), spot.columnSpan(), 1);
        }
    }

    private static GridSpot spotOf(Label label) {
        Integer column = GridPane.getColumnIndex(label);
        Integer row = GridPane.getRowIndex(label);
        Integer span = GridPane.getColumnSpan(label);
        if (column == null || row == null) {
            return null;
        }
        return new GridSpot(column, row, span == null ? 1 : span);
    }
}
