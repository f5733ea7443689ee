package org.ouroboros.ui.view.names;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * One arrow's geometry. A name's arrow leaves the note's right edge; an item's arrow leaves its
 * slot downwards, so it does not run across the slots beside it. Both end at the target card's
 * nearer side, where a filled head points into the card.
 */
record ArrowPlan(boolean fromNote, double sx, double sy, double c1x, double c1y, double c2x,
                 double ex, double ey, double size, double dir) {
    static ArrowPlan of(Bounds from, Bounds to, double em, boolean fromNote) {
        double sx = fromNote ? from.getMaxX() : from.getCenterX();
        double sy = fromNote ? from.getCenterY() : from.getMaxY();
        boolean backwards = to.getMinX() < sx;
        double ex = backwards ? to.getMaxX() : to.getMinX();
        double ey = Math.min(to.getMaxY() - em * 0.8, to.getMinY() + em * 1.1);
        double pull = Math.max(em * 3, Math.abs(ex - sx) * 0.4);
        double c1x = fromNote ? sx + pull : sx;
        double c1y = fromNote ? sy : sy + em * 2.5;
        return new ArrowPlan(fromNote, sx, sy, c1x, c1y, backwards ? ex + pull : ex - pull, ex, ey, em * 0.7,
                backwards ? 1 : -1);
    }

    /** Gives an arrow's curve and head this geometry; a value equal to the one set fires nothing. */
    void update(CubicCurve c, Polygon head) {
        c.setStartX(sx);
        c.setStartY(sy);
        c.setControlX1(c1x);
        c.setControlY1(c1y);
        c.setControlX2(c2x);
        c.setControlY2(ey);
        c.setEndX(ex);
        c.setEndY(ey);
        List<Double> points = List.of(ex, ey, ex + dir * size, ey - size * 0.5, ex + dir * size, ey + size * 0.5);
        if (!head.getPoints().equals(points)) {
            head.getPoints().setAll(points);
        }
    }
}
