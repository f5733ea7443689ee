package org.ouroboros.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveStoreTest {
    @TempDir
    Path dir;

    @Test
    void snapshotRoundTripsWithAndWithoutASourceFile() throws Exception {
        AutosaveStore store = new AutosaveStore(dir);
        assertTrue(store.read().isEmpty());
        AutosaveStore.Snapshot named = new AutosaveStore.Snapshot("x = '你好'\n", Optional.of(dir.resolve("a.py")));
        store.write(named);
        assertEquals(Optional.of(named), store.read());
        AutosaveStore.Snapshot unnamed = new AutosaveStore.Snapshot("y = 2\n", Optional.empty());
        store.write(unnamed);
        assertEquals(Optional.of(unnamed), store.read());
        store.delete();
        assertTrue(store.read().isEmpty());
    }
}
