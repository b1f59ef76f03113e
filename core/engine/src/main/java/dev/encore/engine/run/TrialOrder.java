package dev.encore.engine.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which trials start: episode by episode, so that an interrupted run has every agent on its first
 * episodes (paired comparisons), and within an episode the agents whose trials took longest so far first (an agent
 * in each environment condition counted apart), so that a run ends on its shortest trials and no thread waits long,
 * idle, for the last one to finish. Agents not yet measured go first, in the plans' order. When a trial starts never
 * changes its result.
 */
final class TrialOrder {

    private final List<TrialPlan> pending;
    private final int agents;
    private final long[] totalNanos;
    private final int[] measured;

    /** @param plans the trials to play, episode by episode */
    TrialOrder(List<TrialPlan> plans) {
        this.pending = new ArrayList<>(plans);
        this.agents = plans.stream().mapToInt(TrialPlan::agentIndex).max().orElse(-1) + 1;
        int conditions = plans.stream().mapToInt(TrialPlan::condition).max().orElse(-1) + 1;
        this.totalNanos = new long[conditions * agents];
        this.measured = new int[conditions * agents];
    }

    boolean hasNext() {
        return !pending.isEmpty();
    }

    /** Takes the next trial to start: of the earliest episode left, the agent expected to take longest. */
    TrialPlan next() {
        int episode = pending.get(0).episode();
        int chosen = 0;
        for (int i = 1; i < pending.size() && pending.get(i).episode() == episode; i++) {
            if (expectedNanos(pending.get(i)) > expectedNanos(pending.get(chosen))) {
                chosen = i;
            }
        }
        return pending.remove(chosen);
    }

    private long expectedNanos(TrialPlan plan) {
        int row = row(plan);
        return measured[row] == 0 ? Long.MAX_VALUE : totalNanos[row] / measured[row];
    }

    /** Learns how long a trial took. */
    void finished(TrialResult result) {
        int row = row(result.plan());
        totalNanos[row] += result.wallNanos();
        measured[row]++;
    }

    /** The agent in its condition. */
    private int row(TrialPlan plan) {
        return plan.condition() * agents + plan.agentIndex();
    }
}
