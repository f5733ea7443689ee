package org.ouroboros.trace;

import java.util.List;

/**
 * One step of a C3 linearization, as CPython's {@code mro_implementation} performs it. Class
 * names are plain strings; a list to merge is a list of names.
 */
public sealed interface MroEvent extends TraceEvent
        permits MroEvent.MergeStarted, MroEvent.CandidateRejected, MroEvent.CandidateTaken,
                MroEvent.MergeFinished, MroEvent.MergeFailed, MroEvent.ClassicOrder {

    /** Linearizing {@code cls}: the bases' MROs and the bases list, as handed to the merge. */
    record MergeStarted(String cls, List<String> bases, List<List<String>> lists) implements MroEvent {}

    /** {@code candidate} (head of list {@code fromList}) appears in the tail of list {@code blockingList}. */
    record CandidateRejected(String cls, String candidate, int fromList, int blockingList,
                             List<List<String>> remaining) implements MroEvent {}

    /** {@code candidate} was in no tail, so it is appended to the result. */
    record CandidateTaken(String cls, String candidate, int fromList, List<String> resultSoFar,
                          List<List<String>> remaining) implements MroEvent {}

    /** The merge ended with every list empty. */
    record MergeFinished(String cls, List<String> mro) implements MroEvent {}

    /** The merge (or the duplicate-base check) failed with CPython's TypeError text. */
    record MergeFailed(String cls, String message) implements MroEvent {}

    /**
     * For contrast, emitted right after {@link MergeStarted}: the order a depth-first,
     * left-to-right search would visit {@code cls} and its ancestors (each class at its first
     * visit), the rule of Python 2's classic classes. {@code bases.get(i)} are the direct bases
     * of {@code order.get(i)}, so the event also describes the whole hierarchy graph.
     */
    record ClassicOrder(String cls, List<String> order, List<List<String>> bases) implements MroEvent {}
}
