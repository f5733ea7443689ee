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
import org.ouroboros.ui.view.SkinnedLabels;

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
    /** For each head, the message row it appears above (0: the top row, with the caller). */
    private final List<Integer> headSince = new ArrayList<>();
    private final List<Line> lifelines = new ArrayList<>();
    private final List<Label> texts = new ArrayList<>();
    private final List<Line> arrows = new ArrayList<>();
    private final List<Polygon> arrowHeads = new ArrayList<>();
    /** The messages the labels in {@link #texts} show, index for index, and their text without the ▶ marker. */
    private List<Message> shownMessages = List.of();
    private final List<String> baseTexts = new ArrayList<>();
    private Diagram shownDiagram;
    private java.util.Locale shownLocale;

    SequenceDiagram() {
        getStyleClass().add("creation-diagram");
    }

    /**
     * Draws {@code d} in {@code locale}'s words. When {@code d} is the diagram on screen with
     * more messages (the player stepped forward inside it), only the new messages are added.
     */
    void show(Diagram d, LocalizedMessages words, java.util.Locale locale) {
        if (extends_(d, locale)) {
            for (int i = heads.size(); i < d.lifelines().size(); i++) {
                addLifeline(d.lifelines().get(i), words);
            }
            markNow(texts.size() - 1, false);
            List<Message> messages = d.messages();
            for (int i = shownMessages.size(); i < messages.size(); i++) {
                addMessage(messages.get(i), words);
            }
            markNow(texts.size() - 1, true);
            shownMessages = messages;
            shownDiagram = d;
            requestLayout();
            return;
        }
        shownMessages = List.of();
        shownDiagram = d;
        shownLocale = locale;
        getChildren().clear();
        heads.clear();
        headSince.clear();
        lifelines.clear();
        texts.clear();
        baseTexts.clear();
        arrows.clear();
        arrowHeads.clear();
        if (d == null) {
            requestLayout();
            return;
        }
        for (Lifeline l : d.lifelines()) {
            addLifeline(l, words);
        }
        for (Message m : d.messages()) {
            addMessage(m, words);
        }
        markNow(texts.size() - 1, true);
        shownMessages = d.messages();
        requestLayout();
    }

    /** True when {@code d} is the diagram on screen, unchanged up to its newest messages. */
    private boolean extends_(Diagram d, java.util.Locale locale) {
        Diagram shown = shownDiagram;
        if (d == null || shown == null || !locale.equals(shownLocale) || d.ordinal() != shown.ordinal()
                || d.startPosition() != shown.startPosition() || texts.isEmpty()) {
            return false;
        }
        int lifelineCount = shown.lifelines().size();
        int messageCount = shownMessages.size();
        return d.lifelines().size() >= lifelineCount && d.messages().size() > messageCount
                && d.lifelines().subList(0, lifelineCount).equals(shown.lifelines())
                && d.messages().subList(0, messageCount).equals(shownMessages);
    }

    private void addLifeline(Lifeline l, LocalizedMessages words) {
        String role = l.role().name().toLowerCase(java.util.Locale.ROOT);
        String name = l.role() == Lifeline.Role.CALLER ? words.text("role.callerName") : shorten(l.name());
        VBox head = new VBox(label(name, "creation-head-name"), label(words.text("role." + role), "creation-head-role"));
        head.getStyleClass().addAll("creation-head", "creation-role-" + role);
        heads.add(head);
        headSince.add(l.since());
        Line line = new Line();
        line.getStyleClass().add("creation-lifeline");
        line.setManaged(false);
        lifelines.add(line);
        // Lifelines behind everything, heads above them.
        getChildren().add(0, line);
        getChildren().add(head);
    }

    private void addMessage(Message m, LocalizedMessages words) {
        String kind = m.kind().name().toLowerCase(java.util.Locale.ROOT);
        String marker = switch (m.kind()) {
            case SKIP -> "⊘ ";
            case RETURN -> "↩ ";
            case CREATE -> "✚ ";
            default -> "";
        };
        String base = marker + words.format("msg." + m.key(), m.args().stream().map(SequenceDiagram::shorten).toArray());
        Label text = label(base, "creation-message");
        text.getStyleClass().add("creation-" + kind);
        Line arrow = new Line();
        arrow.setManaged(false);
        arrow.getStyleClass().addAll("creation-arrow", "creation-arrow-" + kind);
        Polygon head = new Polygon();
        head.setManaged(false);
        head.getStyleClass().add("creation-arrow-head");
        if (m.from() == m.to()) {
            arrow.setVisible(false);
            head.setVisible(false);
        }
        texts.add(text);
        baseTexts.add(base);
        arrows.add(arrow);
        arrowHeads.add(head);
        getChildren().addAll(arrow, head, text);
    }

    /** Marks message {@code index} as the latest step (▶, bold, thick arrow) or as an earlier one. */
    private void markNow(int index, boolean now) {
        if (index < 0) {
            return;
        }
        texts.get(index).setText((now ? "▶ " : "") + baseTexts.get(index));
        for (Node n : List.of(texts.get(index), arrows.get(index), arrowHeads.get(index))) {
            if (now) {
                n.getStyleClass().add("creation-now");
            } else {
                n.getStyleClass().remove("creation-now");
            }
        }
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
            h += band(i) + rowHeight(i);
        }
        return h + band(shownMessages.size()) + GAP;
    }

    /** The height of the band above row {@code row} where lifelines that begin there show their heads. */
    private double band(int row) {
        for (int i = 0; i < heads.size(); i++) {
            if (startRow(i) == row && row > 0) {
                return headHeight() + GAP;
            }
        }
        return 0;
    }

    /** The row whose band holds head {@code i} (a lifeline begun after the last message: below it). */
    private int startRow(int i) {
        return Math.min(headSince.get(i), shownMessages.size());
    }

    @Override
    protected void layoutChildren() {
        double col = columnWidth();
        double headH = headHeight();
        double[] headTop = new double[heads.size()];
        double y = PAD;
        placeHeads(0, y, col, headH, headTop);
        y += headH + GAP;
        for (int i = 0; i <= shownMessages.size(); i++) {
            if (band(i) > 0) {
                // Lifelines that begin here: their heads just above the message they first take part in.
                placeHeads(i, y, col, headH, headTop);
                y += band(i);
            }
            if (i == shownMessages.size()) {
                break;
            }
            layoutRow(i, y, col);
            y += rowHeight(i);
        }
        for (int i = 0; i < lifelines.size(); i++) {
            Line l = lifelines.get(i);
            double x = centre(i, col);
            l.setStartX(x);
            l.setEndX(x);
            l.setStartY(headTop[i] + headH);
            l.setEndY(y + GAP);
        }
    }

    private void placeHeads(int row, double top, double col, double headH, double[] headTop) {
        for (int i = 0; i < heads.size(); i++) {
            if (startRow(i) == row) {
                VBox head = heads.get(i);
                double w = Math.min(col - GAP, head.prefWidth(-1));
                head.resizeRelocate(centre(i, col) - w / 2, top, w, headH);
                headTop[i] = top;
            }
        }
    }

    private void layoutRow(int i, double y, double col) {
        Message m = shownMessages.get(i);
        Label text = texts.get(i);
        double tw = text.prefWidth(-1);
        double th = text.prefHeight(-1);
        double x1 = centre(m.from(), col);
        double x2 = centre(m.to(), col);
        if (m.from() == m.to()) {
            text.resizeRelocate(x1 + GAP, y + 4, tw, th);
            return;
        }
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
        Label l = SkinnedLabels.of(text);
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

    /** The dashed lifelines, one per head, in the same order (for tests). */
    List<Line> lifelineNodes() {
        return List.copyOf(lifelines);
    }
}
