package dev.encore.engine.run;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the pools trials run on. Their threads are daemons: a trial stuck in an endless loop cannot be stopped in
 * Java, so it is abandoned when it runs out of time, and must not keep the program alive once the run is over.
 */
public class TrialThreads {

    /** A fixed pool of {@code threads} daemon threads named {@code encore-trial-N}. */
    public ThreadPoolExecutor newPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread thread = new Thread(work, "encore-trial-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                factory);
    }
}
