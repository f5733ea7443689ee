package org.ouroboros.ui.view.creation;

/**
 * A participant of the sequence diagram: the calling code, a metaclass, a class, a new
 * instance, or some other object a {@code __new__} returned instead. {@code since} is the index
 * of the first message it takes part in: as in UML, its head is drawn there, not at the top,
 * so an instance's lifeline begins where its {@code __new__} returns (0: from the start).
 */
public record Lifeline(String key, String name, Role role, int since) {
    public enum Role { CALLER, METACLASS, CLASS, INSTANCE, OTHER }

    Lifeline as(Role newRole) {
        return new Lifeline(key, name, newRole, since);
    }
}
