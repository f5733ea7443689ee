package org.ouroboros.ui.player;

/** The speeds the player offers, as multiples of the base rate. */
public enum PlaybackSpeed {
    QUARTER(0.25),
    HALF(0.5),
    NORMAL(1),
    DOUBLE(2),
    QUADRUPLE(4),
    OCTUPLE(8);

    private final double factor;

    PlaybackSpeed(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    /** "0.25×", "1×", "8×": the same in every language. */
    public String label() {
        String number = factor == Math.rint(factor) ? Integer.toString((int) factor) : Double.toString(factor);
        return number + "×";
    }
}
