package org.ouroboros.aio;

/** What the loop keeps per registered channel (the selection key's attachment). */
final class IoCallbacks {
    final int fd;
    final String label;
    Handle reader;
    Handle writer;

    IoCallbacks(int fd, String label) {
        this.fd = fd;
        this.label = label;
    }

    int events() {
        return (reader != null ? Interest.READ : 0) | (writer != null ? Interest.WRITE : 0);
    }
}
