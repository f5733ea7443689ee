package org.ouroboros.cli;

import java.util.List;

/** Two texts in columns, a '!' between lines that differ. */
final class SideBySide {
    private SideBySide() {}

    static final int WIDTH = 48;

    static String render(String leftTitle, String left, String rightTitle, String right) {
        List<String> a = left.lines().toList();
        List<String> b = right.lines().toList();
        StringBuilder sb = new StringBuilder();
        sb.append(pad(leftTitle)).append("   ").append(rightTitle).append('\n');
        sb.append("-".repeat(WIDTH)).append("   ").append("-".repeat(WIDTH)).append('\n');
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String l = i < a.size() ? a.get(i) : "";
            String r = i < b.size() ? b.get(i) : "";
            boolean differ = i >= a.size() || i >= b.size() || !l.equals(r);
            sb.append(pad(l)).append(differ ? " ! " : "   ").append(r).append('\n');
        }
        return sb.toString();
    }

    private static String pad(String s) {
        return s.length() >= WIDTH ? s.substring(0, WIDTH - 1) + "…" : s + " ".repeat(WIDTH - s.length());
    }
}
