package org.ouroboros.ui.view.sync;

import org.ouroboros.trace.SchedEvent.PrimitiveOpKind;

/** The glyph each primitive operation carries on the lanes and in the legend (never colour alone). */
public final class OpGlyphs {
    private OpGlyphs() {}

    public static String glyph(PrimitiveOpKind op) {
        return switch (op) {
            case CREATE -> "+";
            case ACQUIRE -> "\u2193";
            case BLOCK -> "\u29d7";
            case ACQUIRED_AFTER_WAIT -> "\u21a7";
            case FAILED -> "\u2717";
            case RELEASE -> "\u2191";
            case WAIT -> "\u2016";
            case NOTIFY -> "!";
            case NOTIFY_ALL -> "!!";
            case PUT -> "\u21e5";
            case GET -> "\u21e4";
            case SET -> "\u25cf";
            case CLEAR -> "\u25cb";
            case TASK_DONE -> "\u2713";
            case JOIN -> "\u22c8";
        };
    }

    /** The bundle key of the operation's name ("op.acquire", "op.acquiredAfterWait" …). */
    public static String key(PrimitiveOpKind op) {
        String[] parts = op.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder("op.").append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    /** The style class of an operation's mark: acquiring, releasing, waiting, signalling, data. */
    public static String styleClass(PrimitiveOpKind op) {
        return switch (op) {
            case ACQUIRE, ACQUIRED_AFTER_WAIT, GET, JOIN -> "op-take";
            case RELEASE, PUT, TASK_DONE -> "op-give";
            case BLOCK, WAIT, FAILED -> "op-wait";
            case NOTIFY, NOTIFY_ALL, SET, CLEAR -> "op-signal";
            case CREATE -> "op-create";
        };
    }
}
