package org.ouroboros.ui.view.dispatch;

import java.util.ArrayList;
import java.util.List;

/**
 * One lookup or dispatch, with the steps seen so far. {@code objectType} is the type of the
 * object looked at; {@code subject} names it for people: the type, or for a lookup on a class
 * the class itself (with {@code onClass} set); {@code line} is the source line running when it began; {@code name} is the
 * attribute for a lookup, the operation ("iter()", "len()", "str()", …) for a dispatch.
 */
public record Walk(int ordinal, int startPosition, int line, Kind kind, String objectType, String subject, boolean onClass, String name,
                   String entry, List<Step> steps, boolean closed) {
    public enum Kind { ATTRIBUTE, SPECIAL }

    public Walk {
        steps = List.copyOf(steps);
    }

    Walk with(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new Walk(ordinal, startPosition, line, kind, objectType, subject, onClass, name, entry, more, closed);
    }

    /** The same walk with its last step replaced (a sequence item that got its answer). */
    Walk replacingLast(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.set(more.size() - 1, step);
        return new Walk(ordinal, startPosition, line, kind, objectType, subject, onClass, name, entry, more, closed);
    }

    Walk closedWith(Step step) {
        return new Walk(ordinal, startPosition, line, kind, objectType, subject, onClass, name, entry, with(step).steps, true);
    }

    public Step lastStep() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }

    /** The position of the latest event that touched this walk. */
    public int lastPosition() {
        Step last = lastStep();
        return last == null ? startPosition : last.position();
    }

    /** The sequence-protocol items fetched so far. */
    public List<Step.Item> items() {
        return steps.stream().filter(Step.Item.class::isInstance).map(Step.Item.class::cast).toList();
    }
}
