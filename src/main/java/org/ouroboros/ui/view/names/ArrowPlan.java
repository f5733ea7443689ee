package org.ouroboros.ui.view.names;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;

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

    /** The curve from its start to the head's tip, as path elements. */
    void appendCurve(List<PathElement> out) {
        out.add(new MoveTo(sx, sy));
        out.add(new CubicCurveTo(c1x, c1y, c2x, ey, ex, ey));
    }

    /** The head, a closed triangle whose tip is the curve's end. */
    void appendHead(List<PathElement> out) {
        out.add(new MoveTo(ex, ey));
        out.add(new LineTo(ex + dir * size, ey - size * 0.5));
        out.add(new LineTo(ex + dir * size, ey + size * 0.5));
        out.add(new ClosePath());
    }
}
