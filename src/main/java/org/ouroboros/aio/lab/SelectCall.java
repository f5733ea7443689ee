package org.ouroboros.aio.lab;

import java.util.List;

/** One select(): when it returned and the readiness set it returned (e.g. "page 2: R"). */
public record SelectCall(double returnedMillis, double waitedMillis, List<String> ready) {
    public SelectCall {
        ready = List.copyOf(ready);
    }
}
