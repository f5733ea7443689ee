package org.ouroboros.ui.view.race;

/**
 * A store to the shared variable. {@code loadPosition} is the thread's load its new value was
 * computed from ({@code -1}: a plain assignment such as {@code total = 0}); {@code basedOn} is
 * the index of the store whose value that load read ({@code -1}: the initial value), and
 * {@code overwritten} how many stores, made after that one and before this one by other
 * threads, this store wipes out: those updates are lost.
 *
 * @param index   this store's number among all stores (0-based)
 * @param sign    +1 or -1 for an update made with + or -, 0 for a plain assignment
 */
public record StoreRecord(int index, int position, int thread, int loadPosition, int basedOn, int overwritten,
        int sign) {
    public boolean lostUpdate() {
        return overwritten > 0;
    }
}
