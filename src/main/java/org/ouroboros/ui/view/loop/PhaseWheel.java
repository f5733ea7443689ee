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
 * the hand, a "▶" before its name and a bold style, not by colour alone.
 */
final class PhaseWheel extends Region {
    private final Circle ring = new Circle();
    private final Line hand = new Line();
    private final Label centre = new Label();
    private final Map<LoopPhase, Label> labels = new EnumMap<>(LoopPhase.class);
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
            getChildren().add(l);
        }
        setMinSize(320, 320);
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
            if (on) {
                l.getStyleClass().add("loop-phase-current");
            }
        }
        hand.setVisible(phase != LoopPhase.IDLE);
        requestLayout();
    }

    /** The label of a phase (for tests). */
    Label label(LoopPhase phase) {
        return labels.get(phase);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double cx = w / 2;
        double cy = h / 2;
        double labelWidth = Math.min(w * 0.36, 200);
        double r = Math.max(40, Math.min(w - labelWidth, h - 60) / 2 - 10);
        ring.setCenterX(cx);
        ring.setCenterY(cy);
        ring.setRadius(r);
        centre.autosize();
        centre.relocate(cx - centre.getWidth() / 2, cy - centre.getHeight() / 2);
        for (int i = 0; i < LoopPhase.WHEEL.length; i++) {
            Label l = labels.get(LoopPhase.WHEEL[i]);
            double angle = angleOf(i);
            double x = cx + r * Math.cos(angle);
            double y = cy + r * Math.sin(angle);
            l.setMaxWidth(labelWidth);
            double lw = Math.min(labelWidth, l.prefWidth(-1));
            double lh = l.prefHeight(lw);
            l.resize(lw, lh);
            l.relocate(clamp(x - lw / 2, 0, w - lw), clamp(y - lh / 2, 0, h - lh));
        }
        int at = java.util.Arrays.asList(LoopPhase.WHEEL).indexOf(current);
        if (at >= 0) {
            double angle = angleOf(at);
            hand.setStartX(cx);
            hand.setStartY(cy);
            hand.setEndX(cx + (r - 24) * Math.cos(angle));
            hand.setEndY(cy + (r - 24) * Math.sin(angle));
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
