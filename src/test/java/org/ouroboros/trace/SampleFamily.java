package org.ouroboros.trace;

import java.util.List;

/** A test-only event family that uses every value kind trace JSON supports. */
sealed interface SampleFamily permits SampleFamily.Scalars, SampleFamily.Boxed, SampleFamily.Nested, SampleFamily.Empty {
    enum Colour { RED, GREEN }

    record Point(int x, int y) {}

    sealed interface Shape permits Circle, Square {}

    record Circle(double radius) implements Shape {}

    record Square(List<Point> corners) implements Shape {}

    record Scalars(boolean flag, byte b, short s, int i, long l, float f, double d, char c, String text)
            implements SampleFamily {}

    record Boxed(Boolean flag, Integer i, Long l, Double d, Float f, Character c, Colour colour)
            implements SampleFamily {}

    record Nested(Point point, Shape shape, List<String> names, List<List<Integer>> grid, List<Colour> colours)
            implements SampleFamily {}

    record Empty() implements SampleFamily {}
}
