package org.ouroboros.ui.view.execution;

import java.util.ArrayList;
import java.util.List;

/**
 * Output pieces in order, copied in O(1): copies share one append-only list and each sees its
 * own prefix. Appending where another copy has already gone on checks that the piece is the one
 * already there (replaying the same trace) before diverging into a private list, so seeking
 * back and replaying never copies the whole output.
 */
final class OutputLog {
    private List<ExecutionState.Output> shared;
    private int length;

    OutputLog() {
        this(new ArrayList<>(), 0);
    }

    private OutputLog(List<ExecutionState.Output> shared, int length) {
        this.shared = shared;
        this.length = length;
    }

    OutputLog copy() {
        return new OutputLog(shared, length);
    }

    void append(ExecutionState.Output piece) {
        if (length < shared.size()) {
            if (shared.get(length).equals(piece)) {
                length++;
                return;
            }
            shared = new ArrayList<>(shared.subList(0, length));
        }
        shared.add(piece);
        length++;
    }

    int size() {
        return length;
    }

    ExecutionState.Output get(int index) {
        if (index >= length) {
            throw new IndexOutOfBoundsException(index + " of " + length);
        }
        return shared.get(index);
    }
}
