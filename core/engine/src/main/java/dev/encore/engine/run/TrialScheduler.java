package dev.encore.engine.run;

import dev.encore.engine.metrics.TrialLatencies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Plays trials on a pool and hands each result, as it comes, to the calling thread. A trial starts when a thread is
 * free, the next in {@link TrialOrder}. A trial that runs longer than the time limit is failed there and then; its
 * thread, which Java cannot stop, is abandoned (its result, should it ever come, is dropped) and replaced, so the
 * run keeps its parallelism.
 */
final class TrialScheduler {

    /** A trial whose code threw outside the agent's calls (a bug), or that ran out of memory: it stops the run. */
    static final class Crash extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final TrialPlan plan;

        Crash(TrialPlan plan, Throwable cause) {
            super("trial " + plan.label() + " episode " + plan.episode() + " crashed: " + cause, cause);
            this.plan = plan;
        }

        TrialPlan plan() {
            return plan;
        }
    }

    private final ThreadPoolExecutor pool;
    private final Duration timeLimit;
    private final Object settling = new Object();
    private boolean aborted;

    TrialScheduler(ThreadPoolExecutor pool, Duration timeLimit) {
        this.pool = pool;
        this.timeLimit = timeLimit;
    }

    /**
     * Plays every plan and returns when each has a result.
     *
     * @param play plays one trial, on a pool thread
     * @param keep called on the pool thread with each result that counts (not with an abandoned trial's), before
     *     {@code finished} sees it: where results are saved
     * @param finished called on this thread with each result, in the order they come
     */
    void run(List<TrialPlan> plans, Function<TrialPlan, TrialResult> play, Consumer<TrialResult> keep,
             Consumer<TrialResult> finished) throws InterruptedException {
        BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
        List<Running> running = new ArrayList<>();
        TrialOrder order = new TrialOrder(plans);
        int threads = pool.getCorePoolSize();
        try {
            int settled = 0;
            int playing = 0;
            while (settled < plans.size()) {
                // one trial a free thread, chosen only then: the order learns from the trials that finished
                for (; playing < threads && order.hasNext(); playing++) {
                    Running trial = new Running(order.next());
                    running.add(trial);
                    trial.future = pool.submit(() -> trial.play(play, keep, outcomes));
                }
                Object outcome = outcomes.poll(untilNextDeadline(running), TimeUnit.NANOSECONDS);
                if (outcome instanceof Crash crash) {
                    throw crash;
                }
                if (outcome instanceof TrialResult result) {
                    settled++;
                    playing--;
                    order.finished(result);
                    finished.accept(result);
                }
                for (Running trial : running) {
                    if (trial.overdue() && trial.settle()) {
                        settled++;
                        playing--;
                        abandon(trial);
                        TrialResult failed = TrialResult.failed(trial.plan, "did not finish within "
                                + Durations.describe(timeLimit), -1, timeLimit.toNanos(), TrialLatencies.NONE);
                        order.finished(failed);
                        finished.accept(failed);
                    }
                }
            }
        } finally {
            synchronized (settling) {
                aborted = true;
            }
            pool.shutdownNow();
        }
    }

    private long untilNextDeadline(List<Running> running) {
        long now = System.nanoTime();
        long wait = timeLimit.toNanos();
        for (Running trial : running) {
            long started = trial.startedAt;
            if (started != 0 && !trial.settled) {
                wait = Math.min(wait, started + timeLimit.toNanos() - now);
            }
        }
        return Math.max(wait, TimeUnit.MILLISECONDS.toNanos(1));
    }

    /** Interrupts the trial, in case it waits on something, and adds a thread to replace it. */
    private void abandon(Running trial) {
        trial.future.cancel(true);
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    /** One trial's state: not started, running since {@code startedAt}, or settled (result taken or abandoned). */
    private final class Running {

        private final TrialPlan plan;
        private volatile long startedAt;
        private volatile boolean settled;
        private Future<?> future;

        Running(TrialPlan plan) {
            this.plan = plan;
        }

        void play(Function<TrialPlan, TrialResult> play, Consumer<TrialResult> keep, BlockingQueue<Object> outcomes) {
            startedAt = System.nanoTime();
            try {
                TrialResult result = play.apply(plan);
                synchronized (settling) {
                    if (!aborted && settle()) {
                        keep.accept(result);
                        outcomes.add(result);
                    }
                }
            } catch (RuntimeException | Error e) {
                outcomes.add(new Crash(plan, e));
            }
        }

        boolean overdue() {
            long started = startedAt;
            return started != 0 && !settled && System.nanoTime() - started >= timeLimit.toNanos();
        }

        /** Takes the trial's outcome: true for the first caller only. */
        boolean settle() {
            synchronized (settling) {
                if (settled) {
                    return false;
                }
                settled = true;
                return true;
            }
        }
    }
}
