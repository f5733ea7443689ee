package org.ouroboros.ui.view.sync;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.gil.LanePoint;

/** Primitive operations of a trace as marks on their threads' lanes (creations left out). */
public final class SyncPoints {
    private SyncPoints() {}

    /** The marks of every operation on a primitive not in {@code hidden}. */
    public static List<LanePoint> of(Trace trace, java.util.Set<Long> hidden, LocalizedMessages words) {
        List<LanePoint> points = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i) instanceof SchedEvent.PrimitiveOp op && op.op() != SchedEvent.PrimitiveOpKind.CREATE
                    && !hidden.contains(op.primitive())) {
                String name = words.text(OpGlyphs.key(op.op()));
                points.add(new LanePoint(op.thread(), op.vtime(), i, OpGlyphs.glyph(op.op()) + " " + op.label(),
                        OpGlyphs.styleClass(op.op()),
                        words.format("sync.point", name, op.label(), "#" + i) + (op.detail().isEmpty() ? "" : " (" + op.detail() + ")")));
            }
        }
        return List.copyOf(points);
    }
}
