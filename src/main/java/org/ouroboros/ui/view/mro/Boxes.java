package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Measures and draws labelled boxes on a canvas as a {@link javafx.scene.control.Label} with the
 * same {@link Looks.Look} would look: background, border (solid or dashed, a heavier side where the
 * CSS has one), padding, text. Text widths are measured once per font and string.
 */
final class Boxes {
    /** A text drawn on a canvas, kept so tests and accessibility can read what the canvas shows. */
    record Painted(String text, Font font, double x, double y, double width, double boxWidth) {}

    /** Characters a line must not start with: they close what comes before them. */
    private static final String NO_LINE_START = "\uff0c\u3002\uff1f\uff01\uff1a\uff1b\u3001\uff09\u300d\u300f\u3011";

    private final Text measurer = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();
    private final Map<Font, Double> lineHeights = new HashMap<>();

    double textWidth(Font font, String text) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(text, t -> {
            measurer.setFont(font);
            measurer.setText(t);
            return measurer.getLayoutBounds().getWidth();
        });
    }

    double lineHeight(Font font) {
        return lineHeights.computeIfAbsent(font, f -> {
            measurer.setFont(f);
            measurer.setText("Ag");
            return measurer.getLayoutBounds().getHeight();
        });
    }

    /** The width of a box showing {@code text} on one line: text, padding and border, rounded up to whole pixels. */
    double width(Looks.Look look, String text) {
        return Math.ceil(textWidth(look.font(), text) + look.insetsWidth());
    }

    /** The height of a box of {@code lines} lines of text, at least the look's minimum height. */
    double height(Looks.Look look, int lines) {
        return Math.max(look.minHeight(), Math.ceil(lineHeight(look.font()) * lines + look.insetsHeight()));
    }

    /**
     * {@code text} broken into lines no wider than {@code width}: at spaces, and between any two
     * Chinese characters (which have no spaces between words). A word wider than the width stays whole.
     */
    List<String> wrap(Font font, String text, double width) {
        List<String> lines = new ArrayList<>();
        if (textWidth(font, text) <= width) {
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(text)) {
            String tried = line + piece;
            if (line.length() > 0 && textWidth(font, tried.stripTrailing()) > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(piece.stripLeading());
            } else {
                line.append(piece);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Words with their trailing space, and each CJK character on its own. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
                if (word.length() > 0) {
                    pieces.add(word.toString());
                    word.setLength(0);
                }
                if (NO_LINE_START.indexOf(c) >= 0 && !pieces.isEmpty()) {
                    // Closing punctuation stays with the character before it, as Chinese typesetting has it.
                    pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + c);
                } else {
                    pieces.add(String.valueOf(c));
                }
                continue;
            }
            word.append(c);
            if (c == ' ') {
                pieces.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            pieces.add(word.toString());
        }
        return pieces;
    }

    /** Paints the box's background and border filling ({@code x}, {@code y}, {@code w}, {@code h}). */
    static void paintBox(GraphicsContext g, Looks.Look look, double x, double y, double w, double h) {
        if (look.fill() != null) {
            g.setFill(look.fill());
            if (look.radius() > 0) {
                double r = Math.min(look.radius() * 2, Math.min(w, h));
                g.fillRoundRect(x, y, w, h, r, r);
            } else {
                g.fillRect(x, y, w, h);
            }
        }
        var b = look.border();
        if (b.getTop() + b.getRight() + b.getBottom() + b.getLeft() == 0) {
            return;
        }
        g.setFill(look.stroke());
        if (look.dashes().length > 1) {
            // Dashes as filled bands: the software pipeline's canvas strokes ignore line dashes.
            double t = b.getTop();
            dashed(g, look.dashes(), x, y, w, t, true);
            dashed(g, look.dashes(), x, y + h - t, w, t, true);
            dashed(g, look.dashes(), x, y + t, h - 2 * t, t, false);
            dashed(g, look.dashes(), x + w - t, y + t, h - 2 * t, t, false);
            return;
        }
        // A solid border: each side is a filled band inside the box (a side may be heavier than the others).
        g.fillRect(x, y, w, b.getTop());
        g.fillRect(x, y + h - b.getBottom(), w, b.getBottom());
        g.fillRect(x, y, b.getLeft(), h);
        g.fillRect(x + w - b.getRight(), y, b.getRight(), h);
    }

    /** A band {@code length} long and {@code t} thick from ({@code x}, {@code y}), cut into the dash pattern. */
    private static void dashed(GraphicsContext g, double[] dashes, double x, double y, double length, double t,
            boolean horizontal) {
        double at = 0;
        for (int k = 0; at < length; k++) {
            double dash = Math.max(0.5, dashes[k % dashes.length]);
            if (k % 2 == 0) {
                double run = Math.min(dash, length - at);
                if (horizontal) {
                    g.fillRect(x + at, y, run, t);
                } else {
                    g.fillRect(x, y + at, t, run);
                }
            }
            at += dash;
        }
    }

    /**
     * Paints {@code lines} inside the box, left-aligned after the border and padding, or centred
     * when {@code centred}; the block of lines is centred vertically. Returns what it painted.
     */
    List<Painted> paintText(GraphicsContext g, Looks.Look look, List<String> lines, boolean centred,
            double x, double y, double w, double h) {
        g.setFont(look.font());
        g.setFill(look.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double lh = lineHeight(look.font());
        double top = y + look.border().getTop() + look.padding().getTop();
        double inner = h - look.insetsHeight();
        double ty = top + Math.max(0, (inner - lh * lines.size()) / 2);
        double left = x + look.border().getLeft() + look.padding().getLeft();
        double room = w - look.insetsWidth();
        List<Painted> painted = new ArrayList<>(lines.size());
        for (String line : lines) {
            double tw = textWidth(look.font(), line);
            double tx = centred ? left + Math.max(0, (room - tw) / 2) : left;
            g.fillText(line, Math.round(tx), Math.round(ty));
            painted.add(new Painted(line, look.font(), tx, ty, tw, room));
            ty += lh;
        }
        return painted;
    }

    /** Paints a box with one line of text in it. */
    List<Painted> paint(GraphicsContext g, Looks.Look look, String text, boolean centred, double x, double y, double w,
            double h) {
        paintBox(g, look, x, y, w, h);
        return paintText(g, look, List.of(text), centred, x, y, w, h);
    }

    static Paint orTransparent(Paint p) {
        return p == null ? javafx.scene.paint.Color.TRANSPARENT : p;
    }
}
