package org.ouroboros.ui.view.creation;

/**
 * A participant of the sequence diagram: the calling code, a metaclass, a class, a new
 * instance, or some other object a {@code __new__} returned instead.
 */
public record Lifeline(String key, String name, Role role) {
    public enum Role { CALLER, METACLASS, CLASS, INSTANCE, OTHER }

    Lifeline as(Role newRole) {
        return new Lifeline(key, name, newRole);
    }
}
