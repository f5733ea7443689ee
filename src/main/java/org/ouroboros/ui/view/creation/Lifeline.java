package org.ouroboros.ui.view.creation;

/** A participant of the sequence diagram: the calling code, a metaclass, a class, or a new instance. */
public record Lifeline(String key, String name, Role role) {
    public enum Role { CALLER, METACLASS, CLASS, INSTANCE }

    Lifeline as(Role newRole) {
        return new Lifeline(key, name, newRole);
    }
}
