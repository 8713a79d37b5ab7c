package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class PipelineTest {

    @Test
    void everyItemPutIsTakenInOrderOnTheOtherThreadBeforeFinishReturns() {
        List<Integer> taken = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        try (Pipeline<Integer> pipeline = new Pipeline<>("writer", 4, item -> 1, 7, () -> threads.add("ready"), item -> {
            taken.add(item);
            threads.add(Thread.currentThread().getName());
        })) {
            for (int i = 0; i < 1000; i++) {
                pipeline.put(i);
            }
            pipeline.finish();
        }
        assertEquals(1000, taken.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, taken.get(i));
        }
        assertEquals("ready", threads.get(0), "the first step before any item");
        assertTrue(threads.subList(1, threads.size()).stream().allMatch("writer"::equals));
    }

    @Test
    void itemsCrossOnceTheyWeighABatchAndFinishHandsOverTheRest() throws Exception {
        List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstBatch = new CountDownLatch(3);
        try (Pipeline<Integer> pipeline = new Pipeline<>("writer", 4, item -> item, 6, () -> { }, item -> {
            taken.add(item);
            firstBatch.countDown();
        })) {
            pipeline.put(1);
            pipeline.put(2);
            pipeline.put(3); // 1 + 2 + 3 weigh a batch: these three cross
            pipeline.put(4);
            firstBatch.await();
            Thread.sleep(50); // time enough for the 4 to cross, were it handed over alone
            assertEquals(List.of(1, 2, 3), List.copyOf(taken));
            pipeline.put(10); // weighs a batch by itself: crosses with the 4 before it
            pipeline.put(5);
            pipeline.finish(); // the 5, though lighter than a batch
        }
        assertEquals(List.of(1, 2, 3, 4, 10, 5), taken);
    }

    @Test
    void aFailureOfTheTakingThreadIsThrownByTheNextPutAndByFinish() {
        IllegalStateException broken = new IllegalStateException("disk full");
        try (Pipeline<Integer> pipeline = new Pipeline<>("writer", 2, item -> 1, 1, () -> { }, item -> {
            if (item == 3) {
                throw broken;
            }
        })) {
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
                for (int i = 0; ; i++) {
                    pipeline.put(i); // never blocks for ever, though the queue is small and the taker gone
                }
            });
            assertSame(broken, thrown);
            assertSame(broken, assertThrows(RuntimeException.class, pipeline::finish));
        }
    }

    @Test
    void aFailureToGetReadyIsThrownByPutAndFinish() {
        IllegalStateException busy = new IllegalStateException("database is busy");
        try (Pipeline<Integer> pipeline = new Pipeline<>("writer", 2, item -> 1, 1, () -> {
            throw busy;
        }, item -> { })) {
            assertSame(busy, assertThrows(RuntimeException.class, () -> {
                for (int i = 0; ; i++) {
                    pipeline.put(i);
                }
            }));
            assertSame(busy, assertThrows(RuntimeException.class, pipeline::finish));
        }
    }

    @Test
    void closingWithoutFinishingStopsTheTakingThreadAndDropsWhatIsQueued() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> taken = new ArrayList<>();
        Pipeline<Integer> pipeline = new Pipeline<>("writer", 8, item -> 1, 1, () -> { }, item -> {
            taken.add(item);
            first.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < 5; i++) {
            pipeline.put(i);
        }
        first.await();
        Thread closer = new Thread(pipeline::close);
        closer.start();
        while (closer.getState() != Thread.State.WAITING) { // closed: now only waiting for the item in hand
            Thread.onSpinWait();
        }
        release.countDown();
        closer.join();
        assertEquals(List.of(0), taken);
    }
}
