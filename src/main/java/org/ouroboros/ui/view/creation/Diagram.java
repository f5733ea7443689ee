package org.ouroboros.ui.view.creation;

import java.util.ArrayList;
import java.util.List;

/**
 * One creation, from the caller's {@code C(...)} or class statement to the object it returns:
 * its lifelines and its messages so far. {@code titleKey}/{@code titleArgs} name it through the
 * bundle ("title.call", "title.statement"); {@code line} is the source line it started on.
 */
public record Diagram(int ordinal, int startPosition, int line, String titleKey, List<String> titleArgs,
                      List<Lifeline> lifelines, List<Message> messages) {
    public Diagram {
        titleArgs = List.copyOf(titleArgs);
        lifelines = List.copyOf(lifelines);
        messages = List.copyOf(messages);
    }

    /** The index of the lifeline with {@code key}, or -1. */
    public int indexOf(String key) {
        for (int i = 0; i < lifelines.size(); i++) {
            if (lifelines.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    Diagram withLifeline(Lifeline lifeline) {
        List<Lifeline> more = new ArrayList<>(lifelines);
        more.add(lifeline);
        return new Diagram(ordinal, startPosition, line, titleKey, titleArgs, more, messages);
    }

    Diagram withRole(int index, Lifeline.Role role) {
        List<Lifeline> changed = new ArrayList<>(lifelines);
        changed.set(index, changed.get(index).as(role));
        return new Diagram(ordinal, startPosition, line, titleKey, titleArgs, changed, messages);
    }

    Diagram withMessage(Message message) {
        List<Message> more = new ArrayList<>(messages);
        more.add(message);
        return new Diagram(ordinal, startPosition, line, titleKey, titleArgs, lifelines, more);
    }

    /** The texts of the message keys in order (for tests and for reading the diagram as a list). */
    public List<String> messageKeys() {
        return messages.stream().map(Message::key).toList();
    }
}
