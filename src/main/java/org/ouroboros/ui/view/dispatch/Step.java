package org.ouroboros.ui.view.dispatch;

import java.util.List;

/** One step of a lookup or dispatch walk, as one trace event reported it. */
public sealed interface Step permits Step.MroSearch, Step.DictProbe, Step.Fallback, Step.Call, Step.Item, Step.Result {

    /** The trace position of the event that reported this step. */
    int position();

    /**
     * {@code onType}'s MRO searched for {@code searched}: {@code foundAt} indexes {@code mro}
     * (-1: nowhere). {@code role}: "type", "metatype", "class", "__getattr__" for attribute
     * lookups, "special" for a special-method dispatch. {@code kind} classifies the find.
     */
    record MroSearch(int position, String role, String searched, String onType, List<String> mro, int foundAt,
                     String kind) implements Step {
        public boolean found() {
            return foundAt >= 0;
        }

        /** The class whose dict answered, or null. */
        public String definer() {
            return found() ? mro.get(foundAt) : null;
        }
    }

    /** The instance's own {@code __dict__} probed for {@code name}. */
    record DictProbe(int position, String name, boolean found, List<String> keys) implements Step {}

    /** The dispatch went on from {@code from} to {@code to} for {@code reason} (a DispatchProbes code). */
    record Fallback(int position, String from, String to, String reason) implements Step {}

    /** {@code owner.method} runs for {@code operation}. */
    record Call(int position, String operation, String method, String owner) implements Step {}

    /**
     * The sequence protocol's {@code __getitem__(index)}: {@code resultRepr} once it answered, or
     * the exception that ended the loop; both null while the call is running.
     */
    record Item(int position, long index, String resultRepr, String stopException) implements Step {
        public boolean pending() {
            return resultRepr == null && stopException == null;
        }

        public boolean stopped() {
            return stopException != null && !stopException.isEmpty();
        }
    }

    /**
     * The lookup's answer: {@code source} as in {@code AttributeLookup} ("instance dict",
     * "data descriptor", …), or "missing"; {@code foundIn} the class whose dict held it.
     */
    record Result(int position, String source, String foundIn, String resultRepr) implements Step {
        public boolean missing() {
            return source.equals("missing");
        }
    }
}
