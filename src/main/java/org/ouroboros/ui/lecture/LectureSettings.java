package org.ouroboros.ui.lecture;

import java.util.Map;

/**
 * One owner's settings in a lecture file ({@code settings.<owner>.<key>=value}): the threads
 * lesson's scheduler, a view's knobs. Owners register with {@link LectureIntegration#addSettings}.
 */
public interface LectureSettings {

    /** The settings as they are now; keys match {@code [A-Za-z0-9_.-]+}. */
    Map<String, String> save();

    /**
     * Checks {@code saved} and returns what applies it, so a lecture with one bad value changes
     * nothing. Keys missing from {@code saved} keep their current value.
     *
     * @throws IllegalArgumentException naming the bad key or value
     */
    Runnable restore(Map<String, String> saved);
}
