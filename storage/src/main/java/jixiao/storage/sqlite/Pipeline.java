package jixiao.storage.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Two threads for one job: the caller's thread hands items over ({@link #put}), a thread of the
 * pipeline's own gets ready ({@code first}, while the caller already works) and then takes each in
 * turn ({@code take}), in the order put. Items cross in batches, each handed over once what it holds
 * weighs {@code batchWeight} ({@code weight} says what an item weighs): a hand-over locks the queue and
 * may wake the other thread, which item by item cost an import of 5,000 projects 6 % of its time
 * (docs/benchmarks.md). The queue holds at most {@code batches} batches, so a fast producer waits
 * rather than filling memory. The first failure of {@code first} or {@code take} stops the taking
 * thread; {@link #put} and {@link #finish} then throw it on the caller's thread.
 */
final class Pipeline<T> implements AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final ToIntFunction<T> weight;
    private final int batchWeight;
    private final Thread taker;
    /** Items put but not yet handed over, and what they weigh: touched by the caller's thread only. */
    private List<T> batch = new ArrayList<>();
    private int batched;
    private volatile Throwable failure;
    private volatile boolean aborted;

    Pipeline(String name, int batches, ToIntFunction<T> weight, int batchWeight, Runnable first, Consumer<T> take) {
        this.queue = new ArrayBlockingQueue<>(batches);
        this.weight = weight;
        this.batchWeight = batchWeight;
        this.taker = new Thread(() -> run(first, take), name);
        taker.setDaemon(true); // a pipeline left behind by a crash must not keep the program alive
        taker.start();
    }

    /**
     * Hands one item on, with those before it once they weigh a batch, waiting while the queue is full;
     * throws what stopped the taking thread.
     */
    void put(T item) {
        rethrow();
        batch.add(item);
        batched += weight.applyAsInt(item);
        if (batched >= batchWeight) {
            handOver();
        }
    }

    /** Waits until every item put has been taken; throws what stopped the taking thread. */
    void finish() {
        handOver();
        offer(END);
        join();
        rethrow();
    }

    private void handOver() {
        if (!batch.isEmpty()) {
            offer(batch);
            batch = new ArrayList<>();
            batched = 0;
        }
    }

    private void offer(Object batchOrEnd) {
        try {
            while (!queue.offer(batchOrEnd, 50, TimeUnit.MILLISECONDS)) {
                rethrow(); // the taker died with the queue full: say why instead of waiting forever
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing work on", e);
        }
    }

    /** Stops taking after the current item, dropping what is still queued or batched, and waits for the thread. */
    @Override
    public void close() {
        aborted = true;
        batch.clear();
        queue.clear();
        queue.offer(END);
        join();
    }

    private void run(Runnable first, Consumer<T> take) {
        try {
            first.run();
            for (Object taken = queue.take(); taken != END; taken = queue.take()) {
                @SuppressWarnings("unchecked")
                List<T> items = (List<T>) taken;
                for (int i = 0; i < items.size() && !aborted; i++) {
                    take.accept(items.get(i));
                }
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
}
