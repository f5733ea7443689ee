package org.ouroboros.ui.view.loop;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * {@code _run_once} as a wheel: its five phases numbered round a ring, a hand pointing at the
 * phase the loop is in, and the iteration count in the middle. The current phase is marked by
 * the hand, a "▶" before its name and a bold style, not by colour alone. Where the names do not
 * fit round the ring without covering the count or breaking a word (a narrow pane), the ring
 * carries only the numbers and the names stand in a numbered list under it.
 */
final class PhaseWheel extends Region {
    private final Circle ring = new Circle();
    private final Line hand = new Line();
    private final Label centre = new Label();
    private final Map<LoopPhase, Label> labels = new EnumMap<>(LoopPhase.class);
    private final Map<LoopPhase, Label> numbers = new EnumMap<>(LoopPhase.class);
    private LoopPhase current = LoopPhase.IDLE;

    PhaseWheel() {
        getStyleClass().add("loop-wheel");
        ring.getStyleClass().add("loop-wheel-ring");
        ring.setManaged(false);
        hand.getStyleClass().add("loop-wheel-hand");
        hand.setManaged(false);
        centre.getStyleClass().add("loop-wheel-centre");
        getChildren().addAll(ring, hand, centre);
        for (LoopPhase p : LoopPhase.WHEEL) {
            Label l = new Label();
            l.getStyleClass().add("loop-phase");
            l.setId("loop-phase-" + p.name().toLowerCase(java.util.Locale.ROOT));
            l.setWrapText(true);
            labels.put(p, l);
            Label n = new Label(String.valueOf(numbers.size() + 1));
            n.getStyleClass().add("loop-phase-number");
            numbers.put(p, n);
            getChildren().addAll(l, n);
        }
        setMinSize(220, 320);
        setPrefSize(380, 380);
    }

    void show(LoopPhase phase, long iteration, LocalizedMessages words) {
        current = phase;
        centre.setText(iteration < 0 ? words.text("loop.wheel.notStarted")
                : words.format("loop.wheel.iteration", String.valueOf(iteration)));
        for (int i = 0; i < LoopPhase.WHEEL.length; i++) {
            LoopPhase p = LoopPhase.WHEEL[i];
            Label l = labels.get(p);
            boolean on = p == phase;
            l.setText((on ? "\u25b6 " : "") + (i + 1) + ". " + words.text(p.key()));
            l.getStyleClass().remove("loop-phase-current");
            numbers.get(p).getStyleClass().remove("loop-phase-current");
            if (on) {
                l.getStyleClass().add("loop-phase-current");
                numbers.get(p).getStyleClass().add("loop-phase-current");
            }
        }
        hand.setVisible(phase != LoopPhase.IDLE);
        requestLayout();
    }

    /** The label of a phase (for tests). */
    Label label(LoopPhase phase) {
        return labels.get(phase);
    }

    /** Whether the names stand in a list under the ring, which then carries only their numbers (for tests). */
    boolean listed() {
        return numbers.values().iterator().next().isVisible();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        centre.autosize();
        double widest = 0;
        for (Label l : labels.values()) {
            l.setMaxWidth(Double.MAX_VALUE);
            widest = Math.max(widest, l.prefWidth(-1));
        }
        // Round the ring, a side name must clear the count in the middle and stay whole.
        boolean roomy = w >= centre.getWidth() + 2 * widest + 24;
        numbers.values().forEach(n -> n.setVisible(!roomy));
        double cx = w / 2;
        double cy;
        double r;
        if (roomy) {
            cy = h / 2;
            r = Math.max(40, Math.min(w - widest, h - 60) / 2 - 10);
            placeRound(labels, cx, cy, r, w, h);
        } else {
            double listHeight = 0;
            for (Label l : labels.values()) {
                listHeight += l.prefHeight(w) + 4;
            }
            double ringHeight = Math.max(120, h - listHeight - 8);
            cy = ringHeight / 2;
            r = Math.max(30, Math.min(w, ringHeight) / 2 - 16);
            placeRound(numbers, cx, cy, r, w, ringHeight);
            double y = ringHeight + 8;
            for (LoopPhase p : LoopPhase.WHEEL) {
                Label l = labels.get(p);
                double lw = Math.min(w, l.prefWidth(-1));
                double lh = l.prefHeight(lw);
                l.resize(lw, lh);
                l.relocate(0, y);
                y += lh + 4;
            }
        }
        ring.setCenterX(cx);
        ring.setCenterY(cy);
        ring.setRadius(r);
        centre.relocate(cx - centre.getWidth() / 2, cy - centre.getHeight() / 2);
        int at = java.util.Arrays.asList(LoopPhase.WHEEL).indexOf(current);
        if (at >= 0) {
            double angle = angleOf(at);
            hand.setStartX(cx);
            hand.setStartY(cy);
            hand.setEndX(cx + (r - 24) * Math.cos(angle));
            hand.setEndY(cy + (r - 24) * Math.sin(angle));
        }
    }

    /** Centres each phase's label on its point of the ring, kept inside w x h. */
    private static void placeRound(Map<LoopPhase, Label> placed, double cx, double cy, double r, double w, double h) {
        for (int i = 0; i < LoopPhase.WHEEL.length; i++) {
            Label l = placed.get(LoopPhase.WHEEL[i]);
            double angle = angleOf(i);
            double x = cx + r * Math.cos(angle);
            double y = cy + r * Math.sin(angle);
            double lw = Math.min(w, l.prefWidth(-1));
            double lh = l.prefHeight(lw);
            l.resize(lw, lh);
            l.relocate(clamp(x - lw / 2, 0, w - lw), clamp(y - lh / 2, 0, h - lh));
        }
    }

    /** Phase 1 at the top, clockwise. */
    private static double angleOf(int index) {
        return -Math.PI / 2 + index * 2 * Math.PI / LoopPhase.WHEEL.length;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
