package org.ouroboros.vm.builtins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;

/**
 * An open file: {@code _io.TextIOWrapper}, {@code _io.BufferedReader}, {@code BufferedWriter} or
 * {@code BufferedRandom}, over a {@link FileChannel} with its own position. Writes reach the file
 * at once (CPython would buffer them until flush/close; a VM without reference counting cannot
 * close a dropped file the way CPython does, so writing through keeps {@code open(p, 'w').write(s)}
 * working). Text files decode through a {@link TextLayer}.
 */
final class PyFile extends PyObject {
    /** Which of io's classes this file is. */
    enum Kind { TEXT, READER, WRITER, RANDOM }

    final Kind kind;
    final PyObject name;
    final OpenMode mode;
    final TextLayer text;
    private final FileChannel channel;
    /** The byte position the next binary read or write uses. */
    long pos;
    boolean closed;

    PyFile(PyType type, Kind kind, PyObject name, OpenMode mode, FileChannel channel, TextLayer.Settings textSettings)
            throws IOException {
        super(type);
        this.kind = kind;
        this.name = name;
        this.mode = mode;
        this.channel = channel;
        this.pos = mode.appending() ? channel.size() : 0;
        this.text = textSettings == null ? null : new TextLayer(this, textSettings);
    }

    /** The file's name as repr shows it. */
    String nameRepr() {
        return org.ouroboros.vm.object.Ops.repr(name).value();
    }

    boolean readable() {
        return mode.readable();
    }

    boolean writable() {
        return mode.writable();
    }

    long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw osError(e);
        }
    }

    /** Up to {@code n} bytes from the position ({@code n < 0}: to the end). */
    byte[] read(long n) {
        long available = Math.max(0, size() - pos);
        int count = (int) Math.min(n < 0 ? available : Math.min(n, available), Integer.MAX_VALUE - 8);
        ByteBuffer buf = ByteBuffer.allocate(count);
        try {
            while (buf.hasRemaining()) {
                int got = channel.read(buf, pos + buf.position());
                if (got < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw osError(e);
        }
        pos += buf.position();
        byte[] out = new byte[buf.position()];
        System.arraycopy(buf.array(), 0, out, 0, out.length);
        return out;
    }

    /** One line, up to and including b'\n' (at most {@code limit} bytes when {@code limit >= 0}). */
    byte[] readline(long limit) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (limit < 0 || line.size() < limit) {
            int want = (int) (limit < 0 ? 8192 : Math.min(8192, limit - line.size()));
            long start = pos;
            byte[] chunk = read(want);
            if (chunk.length == 0) {
                break;
            }
            for (int i = 0; i < chunk.length; i++) {
                if (chunk[i] == '\n') {
                    line.write(chunk, 0, i + 1);
                    pos = start + i + 1;
                    return line.toByteArray();
                }
            }
            line.write(chunk, 0, chunk.length);
        }
        return line.toByteArray();
    }

    /** Writes at the position (at the end in append mode); returns the count. */
    int write(byte[] data) {
        try {
            if (mode.appending()) {
                pos = channel.size();
            }
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                channel.write(buf, pos + buf.position());
            }
        } catch (IOException e) {
            throw osError(e);
        }
        pos += data.length;
        return data.length;
    }

    /** Binary seek: whence 0/1/2, and Linux's SEEK_DATA (3) and SEEK_HOLE (4) for a file without holes. */
    long seek(long offset, int whence) {
        long size = size();
        long target = switch (whence) {
            case 0 -> offset;
            case 1 -> pos + offset;
            case 2 -> size + offset;
            case 3 -> {
                if (offset >= size) {
                    throw osError(6, "No such device or address");
                }
                yield offset;
            }
            case 4 -> {
                if (offset > size) {
                    throw osError(6, "No such device or address");
                }
                yield size;
            }
            default -> throw PyExc.valueError("whence value " + whence + " unsupported");
        };
        if (target < 0) {
            throw osError(22, "Invalid argument");
        }
        pos = target;
        return pos;
    }

    /** Cuts (or extends with zeros) the file to {@code size} bytes; the position stays. */
    long truncate(long size) {
        if (size < 0) {
            throw osError(22, "Invalid argument");
        }
        try {
            long current = channel.size();
            if (size < current) {
                channel.truncate(size);
            } else if (size > current) {
                channel.write(ByteBuffer.allocate(1), size - 1);
            }
        } catch (IOException e) {
            throw osError(e);
        }
        return size;
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            throw osError(e);
        }
    }

    static PyException osError(IOException e) {
        return PyExc.raise(PyExc.OS_ERROR, String.valueOf(e.getMessage()));
    }

    /** OSError(errno, strerror): str() is "[Errno n] text". */
    static PyException osError(int errno, String strerror) {
        PyBaseException e = PyExc.instance(PyExc.OS_ERROR, PyInt.of(errno), new PyStr(strerror));
        return new PyException(e);
    }
}
