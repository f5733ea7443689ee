package org.ouroboros.ui.view.creation;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * Draws a {@link Diagram} as a UML-style sequence diagram: lifeline heads across the top
 * (name and role), dashed lifelines down, one row per message: calls as solid arrows, returns
 * as dashed arrows back, creations as arrows to the new lifeline, notes as boxes on a lifeline,
 * a skipped step as a crossed box marked ⊘. The latest message is marked ▶ and bold. Line
 * style and text markers carry the meaning; colour only repeats it.
 */
final class SequenceDiagram extends Region {
    private static final double PAD = 16;
    private static final double GAP = 10;

    private final List<VBox> heads = new ArrayList<>();
    private final List<Line> lifelines = new ArrayList<>();
    private final List<Label> texts = new ArrayList<>();
    private final List<Line> arrows = new ArrayList<>();
    private final List<Polygon> arrowHeads = new ArrayList<>();
    /** The messages the labels in {@link #texts} show, index for index. */
    private List<Message> shownMessages = List.of();

    SequenceDiagram() {
        getStyleClass().add("creation-diagram");
    }

    void show(Diagram d, LocalizedMessages words) {
        shownMessages = List.of();
        getChildren().clear();
        heads.clear();
        lifelines.clear();
        texts.clear();
        arrows.clear();
        arrowHeads.clear();
        if (d == null) {
            requestLayout();
            return;
        }
        for (Lifeline l : d.lifelines()) {
            String name = l.role() == Lifeline.Role.CALLER ? words.text("role.callerName") : shorten(l.name());
            Label nameLabel = label(name, "creation-head-name");
            Label roleLabel = label(words.text("role." + l.role().name().toLowerCase(java.util.Locale.ROOT)),
                    "creation-head-role");
            VBox head = new VBox(nameLabel, roleLabel);
            head.getStyleClass().addAll("creation-head", "creation-role-" + l.role().name().toLowerCase(java.util.Locale.ROOT));
            heads.add(head);
            Line line = new Line();
            line.getStyleClass().add("creation-lifeline");
            line.setManaged(false);
            lifelines.add(line);
        }
        getChildren().addAll(lifelines);
        getChildren().addAll(heads);
        List<Message> messages = d.messages();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            boolean now = i == messages.size() - 1;
            String marker = switch (m.kind()) {
                case SKIP -> "⊘ ";
                case RETURN -> "↩ ";
                case CREATE -> "✚ ";
                default -> "";
            };
            Label text = label((now ? "▶ " : "") + marker + words.format("msg." + m.key(), m.args().stream().map(SequenceDiagram::shorten).toArray()),
                    "creation-message");
            text.getStyleClass().add("creation-" + m.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (now) {
                text.getStyleClass().add("creation-now");
            }
            texts.add(text);
            Line arrow = new Line();
            arrow.setManaged(false);
            arrow.getStyleClass().addAll("creation-arrow", "creation-arrow-" + m.kind().name().toLowerCase(java.util.Locale.ROOT));
            Polygon head = new Polygon();
            head.setManaged(false);
            head.getStyleClass().add("creation-arrow-head");
            if (m.from() == m.to()) {
                arrow.setVisible(false);
                head.setVisible(false);
            }
            if (now) {
                arrow.getStyleClass().add("creation-now");
                head.getStyleClass().add("creation-now");
            }
            arrows.add(arrow);
            arrowHeads.add(head);
        }
        shownMessages = messages;
        getChildren().addAll(arrows);
        getChildren().addAll(arrowHeads);
        getChildren().addAll(texts);
        requestLayout();
    }

    private double columnWidth() {
        double w = 150;
        for (VBox h : heads) {
            w = Math.max(w, h.prefWidth(-1) + 2 * GAP);
        }
        for (int i = 0; i < shownMessages.size(); i++) {
            Message m = shownMessages.get(i);
            int span = Math.max(1, Math.abs(m.to() - m.from()));
            // A note sits right of its lifeline and may use the column and a half beside it.
            double need = m.from() == m.to() ? texts.get(i).prefWidth(-1) / 1.5 : texts.get(i).prefWidth(-1) / span;
            w = Math.max(w, Math.min(need + 2 * GAP, 380));
        }
        return w;
    }

    private double headHeight() {
        double h = 0;
        for (VBox head : heads) {
            h = Math.max(h, head.prefHeight(-1));
        }
        return h;
    }

    private double rowHeight(int i) {
        return texts.get(i).prefHeight(-1) + 16;
    }

    private double centre(int column, double colWidth) {
        return PAD + colWidth * (column + 0.5);
    }

    @Override
    protected double computePrefWidth(double height) {
        int columns = heads.size();
        double width = PAD * 2 + columnWidth() * Math.max(1, columns);
        // A note on the last lifeline extends to its right.
        for (int i = 0; i < shownMessages.size(); i++) {
            Message m = shownMessages.get(i);
            if (m.from() == m.to()) {
                width = Math.max(width, centre(m.from(), columnWidth()) + GAP + texts.get(i).prefWidth(-1) + PAD);
            }
        }
        return width;
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = PAD * 2 + headHeight() + GAP;
        for (int i = 0; i < shownMessages.size(); i++) {
            h += rowHeight(i);
        }
        return h + GAP;
    }

    @Override
    protected void layoutChildren() {
        double col = columnWidth();
        double headH = headHeight();
        for (int i = 0; i < heads.size(); i++) {
            VBox head = heads.get(i);
            double w = Math.min(col - GAP, head.prefWidth(-1));
            head.resizeRelocate(centre(i, col) - w / 2, PAD, w, headH);
        }
        double y = PAD + headH + GAP;
        for (int i = 0; i < shownMessages.size(); i++) {
            Message m = shownMessages.get(i);
            Label text = texts.get(i);
            double tw = text.prefWidth(-1);
            double th = text.prefHeight(-1);
            double x1 = centre(m.from(), col);
            double x2 = centre(m.to(), col);
            if (m.from() == m.to()) {
                text.resizeRelocate(x1 + GAP, y + 4, tw, th);
            } else {
                double left = Math.min(x1, x2);
                double right = Math.max(x1, x2);
                double tx = Math.max(left + 4, (left + right) / 2 - tw / 2);
                text.resizeRelocate(tx, y, tw, th);
                double ay = y + th + 4;
                Line arrow = arrows.get(i);
                arrow.setStartX(x1);
                arrow.setStartY(ay);
                arrow.setEndX(x2);
                arrow.setEndY(ay);
                double dir = Math.signum(x2 - x1);
                arrowHeads.get(i).getPoints().setAll(x2, ay, x2 - dir * 10, ay - 5, x2 - dir * 10, ay + 5);
            }
            y += rowHeight(i);
        }
        for (int i = 0; i < lifelines.size(); i++) {
            Line l = lifelines.get(i);
            double x = centre(i, col);
            l.setStartX(x);
            l.setEndX(x);
            l.setStartY(PAD + headH);
            l.setEndY(y + GAP);
        }
    }

    private static final java.util.regex.Pattern DEFAULT_REPR =
            java.util.regex.Pattern.compile("<(?:[\\w.]+\\.)?(\\w+) object at 0x[0-9a-f]*?([0-9a-f]{1,4})>");

    /**
     * {@code <__main__.Us object at 0x7f3a000400e0>} as {@code <Us object …00e0>}: the class and
     * the end of the id are what tell two objects apart on a slide.
     */
    static String shorten(String text) {
        return DEFAULT_REPR.matcher(text).replaceAll("<$1 object …$2>");
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The message labels, top to bottom (for tests). */
    List<Label> messageLabels() {
        return List.copyOf(texts);
    }

    List<Node> headNodes() {
        return List.copyOf(heads);
    }
}
