package org.ouroboros.vm.builtins;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.ouroboros.vm.object.PyExc;

/**
 * The text side of a text file, as CPython's TextIOWrapper: bytes are read ahead in 8192-byte
 * chunks and decoded incrementally; {@code newline=None} translates \r and \r\n to \n on reading,
 * other values split lines at their own ending; writing translates \n to the given newline. The
 * position {@link #tell} reports is the byte offset of the next unread character (CPython's cookie
 * for a decoder at a character boundary), while writes go where the read-ahead left the file,
 * as in CPython.
 */
final class TextLayer {
    private static final int CHUNK_SIZE = 8192;

    /**
     * Encoding, error handler and newline handling chosen at open(); {@code newline} null means
     * universal newlines. Error handlers: strict, ignore, replace (others behave as strict).
     */
    record Settings(Charset charset, String encoding, String errors, String newline) {
        CodingErrorAction action() {
            return switch (errors) {
                case "ignore" -> CodingErrorAction.IGNORE;
                case "replace" -> CodingErrorAction.REPLACE;
                default -> CodingErrorAction.REPORT;
            };
        }
    }

    private final PyFile file;
    final Settings settings;
    private CharsetDecoder decoder;
    /** Bytes of an incomplete character left from the last chunk. */
    private ByteBuffer leftover = ByteBuffer.allocate(0);
    /** Decoded, untranslated characters not yet returned. */
    private final StringBuilder pending = new StringBuilder();
    /** The byte position of pending's first character. */
    private long logicalPos;
    private boolean eof;
    /** False while iterating with next() (CPython's "telling"). */
    boolean telling = true;
    /** The line endings decoded so far (CPython's seennl: 1 \n, 2 \r, 4 \r\n), with universal newlines. */
    private int seenNewlines;
    private boolean pendingCr;

    TextLayer(PyFile file, Settings settings) {
        this.file = file;
        this.settings = settings;
        this.logicalPos = file.pos;
        this.decoder = newDecoder();
    }

    private CharsetDecoder newDecoder() {
        return settings.charset.newDecoder().onMalformedInput(settings.action())
                .onUnmappableCharacter(settings.action());
    }

    /** Forgets the read-ahead: the next read starts at {@code position}. */
    void reset(long position) {
        pending.setLength(0);
        leftover = ByteBuffer.allocate(0);
        decoder = newDecoder();
        eof = false;
        logicalPos = position;
        file.pos = position;
    }

    long tell() {
        if (!telling) {
            throw new org.ouroboros.vm.object.PyException(PyExc.instance(PyExc.OS_ERROR,
                    new org.ouroboros.vm.object.PyStr("telling position disabled by next() call")));
        }
        return logicalPos;
    }

    /** {@code n} characters ({@code n < 0}: all the rest). */
    String read(long n) {
        return take(n < 0 ? Long.MAX_VALUE : n, false);
    }

    /** One line with its ending (at most {@code limit} characters when {@code limit >= 0}). */
    String readline(long limit) {
        return take(limit < 0 ? Long.MAX_VALUE : limit, true);
    }

    /** Encodes and writes {@code s} where the file's byte position is; returns the character count. */
    int write(String s) {
        String nl = settings.newline;
        String out = nl != null && !nl.isEmpty() && !nl.equals("\n") ? s.replace("\n", nl) : s;
        long writeAt = file.pos;
        reset(writeAt);
        file.write(encode(out, writeAt == 0));
        logicalPos = file.pos;
        return s.codePointCount(0, s.length());
    }

    /** Python's utf-16 writes a little-endian byte-order mark once, at the start of the file. */
    private byte[] encode(String s, boolean atStart) {
        if (settings.charset.name().equals("UTF-16")) {
            byte[] body = s.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
            if (!atStart) {
                return body;
            }
            byte[] out = new byte[body.length + 2];
            out[0] = (byte) 0xff;
            out[1] = (byte) 0xfe;
            System.arraycopy(body, 0, out, 2, body.length);
            return out;
        }
        if (settings.action() == CodingErrorAction.REPORT) {
            java.nio.charset.CharsetEncoder encoder = settings.charset.newEncoder();
            for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
                int cp = s.codePointAt(i);
                if (!encoder.canEncode(new String(Character.toChars(cp)))) {
                    throw encodeError(s, cp, i);
                }
            }
            return s.getBytes(settings.charset);
        }
        try {
            java.nio.ByteBuffer out = settings.charset.newEncoder().onMalformedInput(settings.action())
                    .onUnmappableCharacter(settings.action()).encode(java.nio.CharBuffer.wrap(s));
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return bytes;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw PyExc.raise(PyExc.all().get("UnicodeEncodeError"), String.valueOf(e.getMessage()));
        }
    }

    /** UnicodeEncodeError as CPython words it: "'ascii' codec can't encode character '\xe9' in position 3: ...". */
    private RuntimeException encodeError(String s, int cp, int index) {
        String codec = codecName();
        String reason = codec.equals("ascii") ? "ordinal not in range(128)"
                : codec.equals("latin-1") ? "ordinal not in range(256)" : "character maps to <undefined>";
        String ch = cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
        return PyExc.raise(PyExc.all().get("UnicodeEncodeError"), "'" + codec + "' codec can't encode character '" + ch
                + "' in position " + s.codePointCount(0, index) + ": " + reason);
    }

    /** Python's name for the codec, as its error messages show it. */
    private String codecName() {
        return switch (settings.charset.name()) {
            case "UTF-8" -> "utf-8";
            case "US-ASCII" -> "ascii";
            case "ISO-8859-1" -> "latin-1";
            case "UTF-16" -> "utf-16";
            default -> settings.encoding.toLowerCase();
        };
    }

    /** Reads one more chunk into pending; false at the end of the file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        byte[] chunk = file.read(CHUNK_SIZE);
        boolean last = chunk.length == 0;
        ByteBuffer in = ByteBuffer.allocate(leftover.remaining() + chunk.length);
        in.put(leftover).put(chunk).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() * 2 + 4);
        CoderResult r = decoder.decode(in, out, last);
        if (r.isError()) {
            throw decodeError(in, r, last);
        }
        if (last) {
            r = decoder.flush(out);
            if (!in.hasRemaining()) {
                eof = true;
            } else {
                throw decodeError(in, CoderResult.malformedForLength(in.remaining()), true);
            }
        }
        leftover = ByteBuffer.allocate(in.remaining());
        leftover.put(in).flip();
        out.flip();
        noteNewlines(out, last);
        pending.append(out);
        return !last || out.length() > 0;
    }

    private RuntimeException decodeError(ByteBuffer in, CoderResult r, boolean last) {
        int at = in.position();
        int b = in.get(at) & 0xff;
        String codec = codecName();
        String reason;
        if (codec.equals("utf-8")) {
            boolean lead = b >= 0xc2 && b <= 0xf4;
            reason = !lead ? "invalid start byte" : last && at + r.length() >= in.limit() ? "unexpected end of data"
                    : "invalid continuation byte";
        } else if (codec.equals("ascii")) {
            reason = "ordinal not in range(128)";
        } else {
            reason = "invalid data";
        }
        return PyExc.raise(PyExc.all().get("UnicodeDecodeError"), "'" + codec + "' codec can't decode byte 0x"
                + String.format("%02x", b) + " in position " + at + ": " + reason);
    }

    private void noteNewlines(CharSequence text, boolean last) {
        if (settings.newline != null && !settings.newline.isEmpty()) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    seenNewlines |= 4;
                    continue;
                }
                seenNewlines |= 2;
            }
            if (c == '\r') {
                pendingCr = true;
            } else if (c == '\n') {
                seenNewlines |= 1;
            }
        }
        if (last && pendingCr) {
            pendingCr = false;
            seenNewlines |= 2;
        }
    }

    /** The {@code newlines} attribute: None, one ending, or a tuple of those seen, in CPython's order. */
    org.ouroboros.vm.object.PyObject newlines() {
        String[][] table = {{}, {"\n"}, {"\r"}, {"\r", "\n"}, {"\r\n"}, {"\n", "\r\n"}, {"\r", "\r\n"},
            {"\r", "\n", "\r\n"}};
        String[] seen = table[seenNewlines];
        if (seen.length == 0) {
            return org.ouroboros.vm.object.PyConstants.NONE;
        }
        if (seen.length == 1) {
            return new org.ouroboros.vm.object.PyStr(seen[0]);
        }
        org.ouroboros.vm.object.PyObject[] items = new org.ouroboros.vm.object.PyObject[seen.length];
        for (int i = 0; i < seen.length; i++) {
            items[i] = new org.ouroboros.vm.object.PyStr(seen[i]);
        }
        return new org.ouroboros.vm.object.PyTuple(items);
    }

    /** Makes sure pending holds index {@code i}; false when the file ends first. */
    private boolean ensure(int i) {
        while (pending.length() <= i) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    private String take(long max, boolean line) {
        String nl = settings.newline;
        StringBuilder out = new StringBuilder();
        long count = 0;
        int i = 0;
        while (count < max && ensure(i)) {
            char c = pending.charAt(i);
            int width = Character.isHighSurrogate(c) && ensure(i + 1) ? 2 : 1;
            if (c == '\r' && (nl == null || nl.isEmpty() || nl.equals("\r\n"))) {
                boolean crlf = ensure(i + 1) && pending.charAt(i + 1) == '\n';
                if (nl == null) {
                    out.append('\n');
                    i += crlf ? 2 : 1;
                    count++;
                    if (line) {
                        break;
                    }
                    continue;
                }
                if (nl.isEmpty()) {
                    if (crlf && (count + 2 <= max)) {
                        out.append("\r\n");
                        i += 2;
                        count += 2;
                    } else {
                        out.append('\r');
                        i++;
                        count++;
                        if (crlf) {
                            continue;
                        }
                    }
                    if (line) {
                        break;
                    }
                    continue;
                }
                out.append('\r');
                i++;
                count++;
                if (crlf && count < max) {
                    out.append('\n');
                    i++;
                    count++;
                    if (line) {
                        break;
                    }
                }
                continue;
            }
            out.append(pending, i, i + width);
            i += width;
            count++;
            if (line && endsLine(c, nl)) {
                break;
            }
        }
        consume(i);
        return out.toString();
    }

    private static boolean endsLine(char c, String nl) {
        if (nl == null || nl.isEmpty() || nl.equals("\n")) {
            return c == '\n';
        }
        return nl.equals("\r") && c == '\r';
    }

    private void consume(int rawChars) {
        if (rawChars == 0) {
            return;
        }
        logicalPos += encode(pending.substring(0, rawChars), logicalPos == 0).length;
        pending.delete(0, rawChars);
    }
}
