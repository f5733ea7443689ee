package org.ouroboros.vm.module;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.ouroboros.vm.builtins.StructSequence;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyTuple;

/**
 * {@code time.gmtime/localtime/mktime/strftime/asctime/ctime}: struct_time in and out, and the
 * C-locale strftime directives a program prints dates with.
 */
final class TimeFormat {
    private TimeFormat() {}

    /** A struct_time for {@code seconds} since the epoch in {@code zone}. */
    static PyTuple structTime(double seconds, ZoneId zone) {
        ZonedDateTime t = Instant.ofEpochSecond((long) Math.floor(seconds)).atZone(zone);
        boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
        return StructSequence.make("time.struct_time", PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()),
                PyInt.of(t.getDayOfMonth()), PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
                PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()),
                PyInt.of(zone.equals(ZoneOffset.UTC) ? 0 : dst ? 1 : 0));
    }

    static double seconds(PyObject arg) {
        return arg instanceof PyFloat f ? f.value() : Ops.index(arg);
    }

    /** The nine fields of a struct_time (or any 9-sequence) as a local date-time. */
    static LocalDateTime fields(PyObject t) {
        java.util.List<PyObject> items = new java.util.ArrayList<>();
        for (PyObject o : Ops.iterable(t)) {
            items.add(o);
        }
        if (items.size() != 9) {
            throw PyExc.typeError("time.struct_time() takes a 9-sequence (" + items.size() + "-sequence given)");
        }
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            v[i] = (int) Ops.index(items.get(i));
        }
        return LocalDateTime.of(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    static double mktime(PyObject t) {
        return fields(t).atZone(ZoneId.systemDefault()).toEpochSecond();
    }

    /** {@code asctime}: "Thu Jan  1 00:00:00 1970". */
    static String asctime(LocalDateTime t) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", day(t.getDayOfWeek(), false), month(t.getMonthValue(), false),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getYear());
    }

    static String strftime(String format, LocalDateTime t, ZoneId zone) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'Y' -> sb.append(t.getYear());
                case 'y' -> sb.append(String.format("%02d", t.getYear() % 100));
                case 'm' -> sb.append(String.format("%02d", t.getMonthValue()));
                case 'd' -> sb.append(String.format("%02d", t.getDayOfMonth()));
                case 'H' -> sb.append(String.format("%02d", t.getHour()));
                case 'I' -> sb.append(String.format("%02d", t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
                case 'M' -> sb.append(String.format("%02d", t.getMinute()));
                case 'S' -> sb.append(String.format("%02d", t.getSecond()));
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
                case 'j' -> sb.append(String.format("%03d", t.getDayOfYear()));
                case 'a' -> sb.append(day(t.getDayOfWeek(), false));
                case 'A' -> sb.append(day(t.getDayOfWeek(), true));
                case 'b', 'h' -> sb.append(month(t.getMonthValue(), false));
                case 'B' -> sb.append(month(t.getMonthValue(), true));
                case 'w' -> sb.append(t.getDayOfWeek().getValue() % 7);
                case 'u' -> sb.append(t.getDayOfWeek().getValue());
                case 'c' -> sb.append(asctime(t));
                case 'x' -> sb.append(String.format("%02d/%02d/%02d", t.getMonthValue(), t.getDayOfMonth(), t.getYear() % 100));
                case 'X', 'T' -> sb.append(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
                case 'D' -> sb.append(String.format("%02d/%02d/%02d", t.getMonthValue(), t.getDayOfMonth(), t.getYear() % 100));
                case 'F' -> sb.append(String.format("%d-%02d-%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth()));
                case 'R' -> sb.append(String.format("%02d:%02d", t.getHour(), t.getMinute()));
                case 'e' -> sb.append(String.format("%2d", t.getDayOfMonth()));
                case 'Z' -> sb.append(zone.getDisplayName(TextStyle.SHORT, Locale.ROOT));
                case 'z' -> {
                    int off = t.atZone(zone).getOffset().getTotalSeconds();
                    sb.append(off < 0 ? '-' : '+').append(String.format("%02d%02d", Math.abs(off) / 3600, Math.abs(off) / 60 % 60));
                }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    private static String day(DayOfWeek d, boolean full) {
        return d.getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String month(int m, boolean full) {
        return java.time.Month.of(m).getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
    }
}
