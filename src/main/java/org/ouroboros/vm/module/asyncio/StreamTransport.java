package org.ouroboros.vm.module.asyncio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import org.ouroboros.vm.module.net.OsErrors;
import org.ouroboros.vm.module.net.PySocket;
import org.ouroboros.vm.object.PyBaseException;

/**
 * One connected socket under asyncio streams (asyncio's selector transport + stream protocol):
 * reads whenever the selector says readable and feeds the {@link StreamReaderObj}; writes at once
 * and buffers the rest until writable; pauses reading when the reader's buffer is full.
 */
final class StreamTransport {
    private static final ThreadLocal<ByteBuffer> READ_BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(1 << 16));
    static final int HIGH_WATER = 64 * 1024;
    static final int LOW_WATER = 16 * 1024;

    final PyLoop loop;
    final PySocket socket;
    private final SocketChannel channel;
    final StreamReaderObj reader;
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
    private int buffered;
    private boolean reading;
    private boolean closing;
    private boolean closed;
    private PyBaseException lost;
    private PyFuture drainWaiter;
    final PyFuture closedFuture;

    StreamTransport(PyLoop loop, PySocket socket, StreamReaderObj reader) {
        this.loop = loop;
        this.socket = socket;
        this.channel = (SocketChannel) socket.selectable();
        this.reader = reader;
        this.closedFuture = new PyFuture(FutureType.TYPE, loop);
        reader.transport = this;
        resumeReading();
    }

    private String label() {
        return socket.local() + " -> " + socket.remote();
    }

    void resumeReading() {
        if (!reading && !closed) {
            reading = true;
            loop.core().addReader(channel, socket.fd(), label(), this::onReadable, "_SelectorSocketTransport._read_ready");
        }
    }

    void pauseReading() {
        if (reading) {
            reading = false;
            loop.core().removeReader(channel);
        }
    }

    private void onReadable() {
        if (closed) {
            return;
        }
        ByteBuffer buf = READ_BUFFER.get();
        buf.clear();
        int n;
        try {
            n = channel.read(buf);
        } catch (IOException e) {
            connectionLost(OsErrors.of(e).value());
            return;
        }
        if (n < 0) {
            pauseReading();
            reader.feedEof();
            return;
        }
        if (n > 0) {
            byte[] data = new byte[n];
            buf.flip();
            buf.get(data);
            reader.feedData(data);
        }
    }

    boolean isClosing() {
        return closing || closed;
    }

    void write(byte[] data) {
        if (closing || closed || data.length == 0) {
            return;
        }
        ByteBuffer buf = ByteBuffer.wrap(data);
        if (pending.isEmpty()) {
            try {
                channel.write(buf);
            } catch (IOException e) {
                connectionLost(OsErrors.of(e).value());
                return;
            }
            if (!buf.hasRemaining()) {
                return;
            }
            loop.core().addWriter(channel, socket.fd(), label(), this::onWritable, "_SelectorSocketTransport._write_ready");
        }
        pending.add(buf);
        buffered += buf.remaining();
    }

    private void onWritable() {
        try {
            while (!pending.isEmpty()) {
                ByteBuffer b = pending.peek();
                int n = channel.write(b);
                buffered -= n;
                if (b.hasRemaining()) {
                    break;
                }
                pending.poll();
            }
        } catch (IOException e) {
            connectionLost(OsErrors.of(e).value());
            return;
        }
        if (buffered <= LOW_WATER && drainWaiter != null) {
            PyFuture w = drainWaiter;
            drainWaiter = null;
            if (!w.done()) {
                w.setResult(org.ouroboros.vm.object.PyConstants.NONE);
            }
        }
        if (pending.isEmpty()) {
            loop.core().removeWriter(channel);
            if (closing) {
                finishClose();
            }
        }
    }

    /** {@code writer.drain()}: done at once unless the write buffer is above the high-water mark. */
    PyFuture drain() {
        PyFuture f = new PyFuture(FutureType.TYPE, loop);
        if (lost != null) {
            f.setException(OsErrors.raise("ConnectionResetError", OsErrors.ECONNRESET, "Connection lost").value());
        } else if (buffered > HIGH_WATER) {
            drainWaiter = f;
        } else {
            f.setResult(org.ouroboros.vm.object.PyConstants.NONE);
        }
        return f;
    }

    void close() {
        if (closing || closed) {
            return;
        }
        closing = true;
        pauseReading();
        if (pending.isEmpty()) {
            finishClose();
        }
    }

    void writeEof() {
        try {
            if (pending.isEmpty()) {
                channel.shutdownOutput();
            }
        } catch (IOException e) {
            connectionLost(OsErrors.of(e).value());
        }
    }

    private void connectionLost(PyBaseException exc) {
        lost = exc;
        reader.setException(exc);
        pending.clear();
        buffered = 0;
        if (drainWaiter != null && !drainWaiter.done()) {
            drainWaiter.setException(exc);
            drainWaiter = null;
        }
        finishClose();
    }

    private void finishClose() {
        if (closed) {
            return;
        }
        closed = true;
        closing = true;
        loop.core().removeReader(channel);
        loop.core().removeWriter(channel);
        socket.close();
        if (!closedFuture.done()) {
            // asyncio calls connection_lost with call_soon: wait_closed completes an iteration later
            loop.core().callSoon(() -> {
                if (!closedFuture.done()) {
                    closedFuture.setResult(org.ouroboros.vm.object.PyConstants.NONE);
                }
            }, "_SelectorTransport._call_connection_lost");
        }
        if (!reader.atEof()) {
            reader.feedEof();
        }
    }
}
