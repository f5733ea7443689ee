package org.ouroboros.ui.view.sync;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.gil.LanePoint;

/** Every primitive operation of a trace as a mark on its thread's lane (creations left out). */
public final class SyncPoints {
    private SyncPoints() {}

    public static List<LanePoint> of(Trace trace, LocalizedMessages words) {
        List<LanePoint> points = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i) instanceof SchedEvent.PrimitiveOp op && op.op() != SchedEvent.PrimitiveOpKind.CREATE) {
                String name = words.text(OpGlyphs.key(op.op()));
                points.add(new LanePoint(op.thread(), op.vtime(), i, OpGlyphs.glyph(op.op()) + " " + op.label(),
                        OpGlyphs.styleClass(op.op()),
                        words.format("sync.point", name, op.label(), "#" + i) + (op.detail().isEmpty() ? "" : " (" + op.detail() + ")")));
            }
        }
        return List.copyOf(points);
    }
}
