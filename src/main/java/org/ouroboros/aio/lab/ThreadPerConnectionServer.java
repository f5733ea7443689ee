package org.ouroboros.aio.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The echo server the classic way: an acceptor thread and, for every connection, a platform
 * thread blocked in {@code read()} (Java 17 has no virtual threads). Each thread reserves a
 * stack, which is what the lab's memory and thread plots show growing.
 */
public final class ThreadPerConnectionServer implements EchoServer {
    /** Small stacks (the JVM may round up): echoing needs little, and 10,000 default stacks is gigabytes reserved. */
    static final long STACK_BYTES = 256 * 1024;

    private final ServerSocket listener;
    private final Thread acceptor;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger held = new AtomicInteger();
    private volatile IOException acceptFailure;
    private volatile boolean closing;

    private ThreadPerConnectionServer() throws IOException {
        listener = new ServerSocket(0, 4096, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "c10k-acceptor");
        acceptor.setDaemon(true);
    }

    public static ThreadPerConnectionServer start() throws IOException {
        ThreadPerConnectionServer server = new ThreadPerConnectionServer();
        server.acceptor.start();
        return server;
    }

    @Override
    public int port() {
        return listener.getLocalPort();
    }

    @Override
    public int connectionsHeld() {
        return held.get();
    }

    @Override
    public int threads() {
        return (acceptor.isAlive() ? 1 : 0) + workers.size();
    }

    @Override
    public IOException acceptFailure() {
        return acceptFailure;
    }

    private void acceptLoop() {
        while (!closing) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (closing) {
                    return;
                }
                acceptFailure = e;
                pause();
                continue;
            }
            serveOnOwnThread(socket);
        }
    }

    private void serveOnOwnThread(Socket socket) {
        sockets.add(socket);
        held.incrementAndGet();
        Thread worker = new Thread(null, () -> echo(socket), "c10k-conn-" + socket.getPort(), STACK_BYTES);
        worker.setDaemon(true);
        workers.add(worker);
        try {
            worker.start();
        } catch (OutOfMemoryError e) {
            // "unable to create native thread": the thread limit, reported like the descriptor limit
            workers.remove(worker);
            acceptFailure = new IOException("unable to create native thread: " + e.getMessage(), e);
            closeQuietly(socket);
            pause();
        }
    }

    private void echo(Socket socket) {
        byte[] buffer = new byte[256];
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the client or close() ended the connection
        } finally {
            if (sockets.remove(socket)) {
                held.decrementAndGet();
            }
            workers.remove(Thread.currentThread());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        try {
            acceptor.join(5_000);
            // after the acceptor: no socket can be added behind this loop's back
            for (Socket s : sockets) {
                closeQuietly(s);
            }
            long deadline = System.currentTimeMillis() + 10_000;
            for (Thread t : workers) {
                t.join(Math.max(1, deadline - System.currentTimeMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        held.set(0);
    }
}
