package jixiao.storage.sqlite;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Two threads for one job: the caller's thread hands items over ({@link #put}), a thread of the
 * pipeline's own gets ready ({@code first}, while the caller already works) and then takes each in
 * turn ({@code take}), in the order put. The queue between them is
 * bounded, so a fast producer waits rather than filling memory. The first failure of {@code first} or {@code take}
 * stops the taking thread; {@link #put} and {@link #finish} then throw it on the caller's thread.
 */
final class Pipeline<T> implements AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread taker;
    private volatile Throwable failure;
    private volatile boolean aborted;

    Pipeline(String name, int capacity, Runnable first, Consumer<T> take) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.taker = new Thread(() -> run(first, take), name);
        taker.setDaemon(true); // a pipeline left behind by a crash must not keep the program alive
        taker.start();
    }

    /** Hands one item on, waiting while the queue is full; throws what stopped the taking thread. */
    void put(T item) {
        rethrow();
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                rethrow(); // the taker died with the queue full: say why instead of waiting forever
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing work on", e);
        }
    }

    /** Waits until every item put has been taken; throws what stopped the taking thread. */
    void finish() {
        put(end());
        join();
        rethrow();
    }

    /** Stops taking after the current item, dropping what is still queued, and waits for the thread. */
    @Override
    public void close() {
        aborted = true;
        queue.clear();
        queue.offer(END);
        join();
    }

    private void run(Runnable first, Consumer<T> take) {
        try {
            first.run();
            while (!aborted) {
                Object item = queue.take();
                if (item == END) {
                    return;
                }
                @SuppressWarnings("unchecked")
                T taken = (T) item;
                take.accept(taken);
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            queue.clear(); // a producer waiting for room gets it, and then hears of the failure
        } catch (InterruptedException e) {
            failure = new IllegalStateException("interrupted", e);
        }
    }

    private void join() {
        try {
            taker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the writer", e);
        }
    }

    private void rethrow() {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    @SuppressWarnings("unchecked")
    private T end() {
        return (T) END;
    }
}
