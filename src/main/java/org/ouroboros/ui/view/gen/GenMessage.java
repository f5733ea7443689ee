package org.ouroboros.ui.view.gen;

/**
 * A value crossing a generator's boundary at trace position {@code position}: sent in
 * ({@code NEXT}, {@code SEND}, {@code THROW}), handed out ({@code YIELD}), or carried out by
 * {@code StopIteration} ({@code RETURN}) or an exception ({@code RAISE}).
 */
public record GenMessage(int position, Kind kind, String from, String to, String value) {
    public enum Kind {
        NEXT("\u2192"), SEND("\u2192"), THROW("\u21af"), YIELD("\u2192"), RETURN("\u21d2"), RAISE("\u21af");

        private final String arrow;

        Kind(String arrow) {
            this.arrow = arrow;
        }

        /** Read "from ARROW to": every message points from its sender to its receiver. */
        public String arrow() {
            return arrow;
        }

        /** True for values travelling into the generator (from its caller). */
        public boolean inward() {
            return this == NEXT || this == SEND || this == THROW;
        }
    }
}
