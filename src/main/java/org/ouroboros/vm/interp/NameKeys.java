package org.ouroboros.vm.interp;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.ouroboros.vm.object.PyStr;

/**
 * The {@code str} keys for a code object's {@code co_names}, made once per code object so that
 * LOAD_NAME / STORE_NAME / LOAD_GLOBAL do not allocate a key (and re-hash it) on every execution.
 * Keyed by the names array itself (arrays compare by identity), weakly so finished programs' code
 * can be collected.
 */
final class NameKeys {
    private static final Map<String[], PyStr[]> KEYS = Collections.synchronizedMap(new WeakHashMap<>());

    private NameKeys() {}

    static PyStr[] of(String[] names) {
        PyStr[] keys = KEYS.get(names);
        if (keys == null) {
            keys = new PyStr[names.length];
            for (int i = 0; i < names.length; i++) {
                keys[i] = new PyStr(names[i]);
            }
            KEYS.put(names, keys);
        }
        return keys;
    }
}
