package org.ouroboros.ui.view.gil;

/** A point on the timeline: a GIL drop request, a switch, at trace event {@code event}. */
public record TimelineMark(Kind kind, long time, int lane, int event, String detail) {
    public enum Kind {
        /** A waiting thread asked the holder to drop the GIL (after the switch interval). */
        DROP_REQUEST("mark-drop-request", "\u25bc", "mark.dropRequest"),
        /** The GIL (or a core) changed hands at an eval-breaker check point. */
        SWITCH("mark-switch", "\u21c4", "mark.switch");

        private final String styleClass;
        private final String glyph;
        private final String key;

        Kind(String styleClass, String glyph, String key) {
            this.styleClass = styleClass;
            this.glyph = glyph;
            this.key = key;
        }

        public String styleClass() {
            return styleClass;
        }

        public String glyph() {
            return glyph;
        }

        public String key() {
            return key;
        }
    }
}
