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
import org.ouroboros.ui.view.SteppedSize;

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
    /** Lifelines stand at least this far apart, so short messages still get a readable arrow. */
    private static final double MIN_GAP = 120;
    /** Messages longer than this many ems wrap onto a second line instead of widening the diagram. */
    private static final double WRAP_EM = 22;

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
        text.setWrapText(true);
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

    /**
     * The x of each lifeline. Neighbours stand as close as their heads allow, moved apart only as far as
     * the messages between them need: a long message widens its own gap, not every column.
     */
    private double[] centres() {
        int n = heads.size();
        double[] gaps = new double[Math.max(0, n - 1)];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = Math.max(MIN_GAP, halfHead(i) + halfHead(i + 1) + GAP);
        }
        for (int i = 0; i < shownMessages.size(); i++) {
            Message m = shownMessages.get(i);
            int lo = Math.min(m.from(), m.to());
            int hi = Math.max(m.from(), m.to());
            if (lo == hi) {
                continue;
            }
            double need = textWidth(i) + 2 * GAP + 8;
            double have = 0;
            for (int g = lo; g < hi; g++) {
                have += gaps[g];
            }
            for (int g = lo; g < hi && have < need; g++) {
                gaps[g] += (need - have) / (hi - lo);
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i == 0 ? PAD + halfHead(0) : x[i - 1] + gaps[i - 1];
        }
        return x;
    }

    private double halfHead(int i) {
        return heads.get(i).prefWidth(-1) / 2;
    }

    /** A message's width on screen: its one line, or {@link #WRAP_EM} ems wrapped onto more lines. */
    private double textWidth(int i) {
        Label text = texts.get(i);
        return Math.min(text.prefWidth(-1), text.getFont().getSize() * WRAP_EM);
    }

    private double textHeight(int i) {
        return texts.get(i).prefHeight(textWidth(i));
    }

    private double headHeight() {
        double h = 0;
        for (VBox head : heads) {
            h = Math.max(h, head.prefHeight(-1));
        }
        return h;
    }

    private double rowHeight(int i) {
        return textHeight(i) + 16;
    }

    @Override
    protected double computePrefWidth(double height) {
        if (heads.isEmpty()) {
            return PAD * 2;
        }
        double[] x = centres();
        int last = heads.size() - 1;
        double width = x[last] + halfHead(last) + PAD;
        // A note extends right of its lifeline, possibly past the last one.
        for (int i = 0; i < shownMessages.size(); i++) {
            Message m = shownMessages.get(i);
            if (m.from() == m.to()) {
                width = Math.max(width, x[m.from()] + GAP + textWidth(i) + PAD);
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
        // grown in steps: a step adds a message row
        return SteppedSize.roundUp(h + band(shownMessages.size()) + GAP, HEIGHT_STEP);
    }

    /** The diagram's height grows in steps of this many pixels (see {@link SteppedSize}). */
    static final double HEIGHT_STEP = 240;

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
        double[] col = centres();
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
            double x = col[i];
            l.setStartX(x);
            l.setEndX(x);
            l.setStartY(headTop[i] + headH);
            l.setEndY(y + GAP);
        }
    }

    private void placeHeads(int row, double top, double[] col, double headH, double[] headTop) {
        for (int i = 0; i < heads.size(); i++) {
            if (startRow(i) == row) {
                VBox head = heads.get(i);
                double w = head.prefWidth(-1);
                head.resizeRelocate(col[i] - w / 2, top, w, headH);
                headTop[i] = top;
            }
        }
    }

    private void layoutRow(int i, double y, double[] col) {
        Message m = shownMessages.get(i);
        Label text = texts.get(i);
        double tw = textWidth(i);
        double th = textHeight(i);
        double x1 = col[m.from()];
        double x2 = col[m.to()];
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
