package org.ouroboros.trace;

import java.util.List;

/**
 * What an asyncio event loop ({@code org.ouroboros.aio.EventLoop}) did. One call of the loop's
 * {@code run_once} is a group: {@link IterationStarted}, then {@link SelectReturned}, then
 * {@link TimersDue} (when timers fell due), then one {@link CallbackRun} per handle that was
 * ready at that moment (each possibly followed by the task, future, timer and socket events its
 * Python code caused), then {@link IterationFinished}.
 *
 * <p>Times are the loop's clock ({@code loop.time()}, seconds, monotonic; virtual in
 * virtual-time runs). Ids ({@code loop}, {@code handle}, {@code task}, {@code future},
 * {@code fd}) are small integers unique within one run. Replaying the events in order rebuilds the
 * loop's ready queue, timer heap, selector keys, task and future states at every moment.
 *
 * <p>Vocabulary contract: components are only ever added at the end of a record; nothing is
 * renamed or removed.
 */
public sealed interface AioEvent extends TraceEvent
        permits AioEvent.LoopCreated, AioEvent.LoopStateChanged, AioEvent.IterationStarted,
                AioEvent.SelectReturned, AioEvent.TimersDue, AioEvent.CallbackRun, AioEvent.IterationFinished,
                AioEvent.HandleScheduled, AioEvent.TimerScheduled, AioEvent.TimerCancelled,
                AioEvent.WakeupRequested, AioEvent.InterestChanged, AioEvent.TaskCreated, AioEvent.TaskStepped,
                AioEvent.FutureStateChanged, AioEvent.SocketOpened, AioEvent.SocketConnected,
                AioEvent.SocketClosed, AioEvent.SelectCalled, AioEvent.SocketWaited {

    // ---- plain data carried by several events ----

    /**
     * A callback waiting in the ready deque.
     *
     * @param handle the handle's id (the same id as in {@link HandleScheduled} / {@link TimerScheduled})
     * @param description what it will call, as asyncio's handle repr shows it, e.g.
     *     {@code Task.task_step(<Task pending name='Task-1' coro=<main()>>)}
     */
    record ReadyHandle(long handle, String description) {}

    /**
     * A timer in the heap.
     *
     * @param handle the timer handle's id
     * @param when the loop time at which it falls due
     * @param description what it will call
     * @param cancelled true when cancelled but not yet dropped from the heap (asyncio drops lazily)
     */
    record PendingTimer(long handle, double when, String description, boolean cancelled) {}

    /**
     * A socket registered with the loop's selector.
     *
     * @param fd the socket's file-descriptor number as Python sees it ({@code sock.fileno()})
     * @param ops interest ops (in {@link IterationStarted}) or ready ops (in {@link SelectReturned}):
     *     a bit set of {@link #READ} and {@link #WRITE} ({@code selectors.EVENT_READ}/{@code EVENT_WRITE})
     * @param socket a short description: {@code "127.0.0.1:40112 -> 127.0.0.1:8080"} or {@code "listening 127.0.0.1:8080"}
     * @param reader description of the read callback, or {@code ""} when none
     * @param writer description of the write callback, or {@code ""} when none
     */
    record SelectorKey(int fd, int ops, String socket, String reader, String writer) {}

    /** Bit of {@link SelectorKey#ops}: readable (or acceptable for a listening socket). */
    int READ = 1;
    /** Bit of {@link SelectorKey#ops}: writable (or connect finished). */
    int WRITE = 2;

    // ---- the loop ----

    /**
     * A loop was created.
     *
     * @param loop the loop's id (several loops may appear in one run)
     * @param selector the selector implementation, e.g. {@code "EPollSelectorImpl"}
     * @param virtualTime true when the loop's clock is virtual (jumps to the next timer instead of waiting)
     */
    record LoopCreated(int loop, String selector, boolean virtualTime) implements AioEvent {}

    /**
     * The loop started running ({@code RUNNING}), stopped ({@code STOPPED}) or was closed ({@code CLOSED}).
     *
     * @param loop the loop's id
     * @param state one of {@code RUNNING}, {@code STOPPED}, {@code CLOSED}
     * @param time the loop time
     */
    record LoopStateChanged(int loop, String state, double time) implements AioEvent {}

    /**
     * One {@code run_once} begins: the state the iteration sees.
     *
     * @param loop the loop's id
     * @param iteration the iteration's index, from 0 for each loop
     * @param time the loop time
     * @param ready the ready deque, head first
     * @param timers the timer heap, earliest first (after cancelled timers were dropped)
     * @param keys registered selector keys with their interest ops
     * @param selectTimeout the timeout passed to {@code select}: 0 when callbacks are ready,
     *     the time to the nearest timer, or -1 to block until I/O or a wake-up
     */
    record IterationStarted(int loop, long iteration, double time, List<ReadyHandle> ready,
            List<PendingTimer> timers, List<SelectorKey> keys, double selectTimeout) implements AioEvent {}

    /**
     * {@code select} returned.
     *
     * @param loop the loop's id
     * @param iteration the iteration's index
     * @param time the loop time after select
     * @param readyKeys the keys select returned, with their ready ops
     * @param elapsed seconds spent inside select (loop clock)
     * @param wokenUp true when a {@code call_soon_threadsafe}/{@code stop} wake-up ended the select
     */
    record SelectReturned(int loop, long iteration, double time, List<SelectorKey> readyKeys, double elapsed,
            boolean wokenUp) implements AioEvent {}

    /**
     * Timers whose time came were moved from the heap to the ready deque.
     *
     * @param loop the loop's id
     * @param iteration the iteration's index
     * @param handles the timer handle ids, in the order they were moved
     */
    record TimersDue(int loop, long iteration, List<Long> handles) implements AioEvent {}

    /**
     * One handle that was ready at the start of this phase is being run.
     *
     * @param loop the loop's id
     * @param iteration the iteration's index
     * @param handle the handle's id
     * @param description what is called
     * @param kind {@code "soon"} (call_soon), {@code "timer"} (call_later/call_at), {@code "io"}
     *     (a selector callback), or {@code "threadsafe"} (call_soon_threadsafe)
     */
    record CallbackRun(int loop, long iteration, long handle, String description, String kind) implements AioEvent {}

    /**
     * The iteration ended.
     *
     * @param loop the loop's id
     * @param iteration the iteration's index
     * @param time the loop time
     * @param handlesRun how many handles ran (cancelled ones are skipped and not counted)
     * @param stopping true when the loop will now leave run_forever
     */
    record IterationFinished(int loop, long iteration, double time, int handlesRun, boolean stopping)
            implements AioEvent {}

    // ---- handles and timers ----

    /**
     * A callback was appended to the ready deque ({@code call_soon}, {@code call_soon_threadsafe},
     * or an I/O callback queued by select).
     *
     * @param loop the loop's id
     * @param handle the new handle's id
     * @param description what it will call
     * @param kind {@code "soon"}, {@code "threadsafe"} or {@code "io"}
     * @param thread the name of the Java thread that scheduled it
     */
    record HandleScheduled(int loop, long handle, String description, String kind, String thread)
            implements AioEvent {}

    /**
     * A timer was pushed on the heap ({@code call_later}/{@code call_at}, e.g. by {@code asyncio.sleep}).
     *
     * @param loop the loop's id
     * @param handle the timer handle's id
     * @param when the loop time at which it falls due
     * @param description what it will call
     */
    record TimerScheduled(int loop, long handle, double when, String description) implements AioEvent {}

    /**
     * A timer was cancelled (it stays in the heap until the loop drops it).
     *
     * @param loop the loop's id
     * @param handle the timer handle's id
     */
    record TimerCancelled(int loop, long handle) implements AioEvent {}

    /**
     * Another thread woke the loop's selector ({@code selector.wakeup()}: on Linux an eventfd write).
     *
     * @param loop the loop's id
     * @param thread the waking thread's name
     */
    record WakeupRequested(int loop, String thread) implements AioEvent {}

    /**
     * A socket's interest ops with the loop's selector changed (add/remove reader or writer).
     * Java's epoll selector applies the change at the next select.
     *
     * @param loop the loop's id
     * @param fd the socket's fd number
     * @param ops the new interest ops ({@link #READ}/{@link #WRITE} bits); 0 = unregistered
     */
    record InterestChanged(int loop, int fd, int ops) implements AioEvent {}

    // ---- tasks and futures ----

    /**
     * A Task was created.
     *
     * @param loop the loop's id
     * @param task the task's id (also its future id in {@link FutureStateChanged})
     * @param name the task's name ({@code Task-1}, or the name given)
     * @param coroutine the coroutine's qualname ({@code get_html})
     */
    record TaskCreated(int loop, long task, String name, String coroutine) implements AioEvent {}

    /**
     * A task ran its coroutine one step ({@code coro.send(None)} or {@code coro.throw(exc)}).
     *
     * @param loop the loop's id
     * @param task the task's id
     * @param name the task's name
     * @param coroutine the coroutine's qualname
     * @param thrown the exception thrown in ({@code "CancelledError"}) or {@code ""} for a send
     * @param outcome {@code AWAITING} (suspended on a future), {@code YIELDED} (bare yield,
     *     e.g. {@code sleep(0)}: rescheduled with call_soon), {@code RETURNED}, {@code RAISED},
     *     {@code CANCELLED}
     * @param detail for AWAITING the awaited future's description and id ({@code "<Future pending> #12"}),
     *     for RETURNED the result's repr, for RAISED the exception ({@code "ValueError: boom"}), else ""
     * @param awaitedFuture the id of the awaited future for AWAITING, else -1
     */
    record TaskStepped(int loop, long task, String name, String coroutine, String thrown, String outcome,
            String detail, long awaitedFuture) implements AioEvent {}

    /**
     * A future (or task) changed state, or its done-callbacks changed.
     *
     * @param loop the loop's id
     * @param future the future's id (a task's id for a task)
     * @param description its repr, e.g. {@code <Future finished result=3>}
     * @param state {@code PENDING}, {@code FINISHED} or {@code CANCELLED}
     * @param callbacks descriptions of the done-callbacks registered now (scheduled with call_soon when it completes)
     */
    record FutureStateChanged(int loop, long future, String description, String state, List<String> callbacks)
            implements AioEvent {}

    // ---- sockets ----

    /**
     * A socket was created (by the Python {@code socket} module, an asyncio stream, or an accept).
     *
     * @param fd its fd number
     * @param kind {@code "client"}, {@code "listening"} or {@code "accepted"}
     * @param blocking true in blocking mode
     * @param local the local address ({@code 127.0.0.1:40112}) or {@code ""} before bind/connect
     */
    record SocketOpened(int fd, String kind, boolean blocking, String local) implements AioEvent {}

    /**
     * A socket connected to a peer (always a loopback address; a host name was mapped to the demo internet).
     *
     * @param fd its fd number
     * @param host the host name the program asked for ({@code www.baidu.com})
     * @param local the local address
     * @param remote the loopback address actually connected
     */
    record SocketConnected(int fd, String host, String local, String remote) implements AioEvent {}

    /**
     * A socket was closed.
     *
     * @param fd its fd number
     */
    record SocketClosed(int fd) implements AioEvent {}

    /**
     * A program called {@code select.select} or a {@code selectors} selector's {@code select} itself
     * (the hand-written "select + callback + event loop" style, outside asyncio).
     *
     * @param selector an id for the selector object ({@code select.select} calls use 0)
     * @param api {@code "select.select"} or {@code "selectors.select"}
     * @param registered the sockets watched, with their interest ops
     * @param timeout the timeout given in seconds, -1 for none (block)
     * @param ready the sockets returned, with their ready ops
     * @param elapsed seconds the call took
     */
    record SelectCalled(int selector, String api, List<SelectorKey> registered, double timeout,
            List<SelectorKey> ready, double elapsed) implements AioEvent {}

    /**
     * A blocking socket call had to wait (the thread was blocked): how long and for what.
     *
     * @param fd the socket's fd number
     * @param operation {@code connect}, {@code recv}, {@code send} or {@code accept}
     * @param seconds how long the call waited
     * @param thread the waiting Java thread's name
     */
    record SocketWaited(int fd, String operation, double seconds, String thread) implements AioEvent {}
}
