package org.ouroboros.ui.view.names;

import java.util.List;

/**
 * What one card shows: the object's id, the names stuck on it, its part in a comparison (null:
 * none), and a key that is equal exactly when two cards would draw the same.
 */
record CardContent(long id, List<Object> key, List<String> notes, String comparisonRole) {}
