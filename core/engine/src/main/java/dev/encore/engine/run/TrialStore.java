package dev.encore.engine.run;

import dev.encore.engine.metrics.Latency;
import dev.encore.engine.metrics.TrialLatencies;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The finished trials of a run, one file each under {@code trials/}, saved the moment a trial ends so that a run
 * that is killed loses no finished work. A file holds the trial's figures and curve in a small binary form (doubles
 * bit for bit, so a resumed run writes the very numbers a run never stopped would have). Only successful trials are
 * saved: a failed one is played again when the run resumes.
 */
final class TrialStore {

    static final String EXTENSION = ".trial";

    private static final int MAGIC = 0x456E_6354;
    private static final int VERSION = 1;

    private final Path folder;
    private final boolean byCondition;

    /** @param byCondition whether the experiment has several environment conditions, which file names then give */
    TrialStore(Path folder, boolean byCondition) {
        this.folder = folder;
        this.byCondition = byCondition;
    }

    /**
     * {@code 002-linucb-e0007.trial}: the agent's position and label (made safe for a file name), the episode;
     * {@code c01-002-linucb-e0007.trial} in the second of several conditions.
     */
    Path file(TrialPlan plan) {
        String label = plan.label().replaceAll("[^A-Za-z0-9._-]", "_");
        if (label.length() > 40) {
            label = label.substring(0, 40);
        }
        String condition = byCondition ? String.format(Locale.ROOT, "c%02d-", plan.condition()) : "";
        return folder.resolve(String.format(Locale.ROOT, "%s%03d-%s-e%04d%s",
                condition, plan.agentIndex(), label, plan.episode(), EXTENSION));
    }

    void save(TrialResult result) {
        if (!result.isOk()) {
            throw new IllegalArgumentException("only successful trials are saved: " + result.plan());
        }
        try {
            AtomicFiles.write(file(result.plan()), stream -> write(result, new DataOutputStream(stream)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file(result.plan()) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The saved result of {@code plan}, if there is one that matches it (same label, episode and seeds). A file in an
     * older format or that does not match is ignored: the trial is played again and the file replaced.
     */
    Optional<TrialResult> load(TrialPlan plan) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file(plan)))) {
            return read(plan, new DataInputStream(in));
        } catch (IOException e) {
            // missing, or cut short by a crash of the file system itself: either way, play the trial again
            return Optional.empty();
        }
    }

    private static void write(TrialResult result, DataOutputStream out) throws IOException {
        TrialPlan plan = result.plan();
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(plan.label());
        out.writeInt(plan.episode());
        out.writeLong(plan.environmentSeed());
        out.writeLong(plan.agentSeed());
        out.writeLong(result.steps());
        out.writeDouble(result.finalRegret());
        out.writeDouble(result.finalReward());
        out.writeLong(result.wallNanos());
        TrialLatencies latencies = result.latencies();
        for (Latency latency : new Latency[] {latencies.recommend(), latencies.learn(), latencies.step()}) {
            out.writeDouble(latency.p50Nanos());
            out.writeDouble(latency.p99Nanos());
        }
        Curve curve = result.curve();
        out.writeInt(curve.size());
        for (int i = 0; i < curve.size(); i++) {
            out.writeLong(curve.step(i));
            out.writeDouble(curve.cumulativeRegret(i));
            out.writeDouble(curve.cumulativeReward(i));
        }
        out.flush();
    }

    private static Optional<TrialResult> read(TrialPlan plan, DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION || !in.readUTF().equals(plan.label())
                || in.readInt() != plan.episode() || in.readLong() != plan.environmentSeed()
                || in.readLong() != plan.agentSeed()) {
            return Optional.empty();
        }
        long steps = in.readLong();
        double finalRegret = in.readDouble();
        double finalReward = in.readDouble();
        long wallNanos = in.readLong();
        TrialLatencies latencies = new TrialLatencies(readLatency(in), readLatency(in), readLatency(in));
        int points = in.readInt();
        if (points < 0) {
            return Optional.empty();
        }
        long[] at = new long[points];
        double[] regrets = new double[points];
        double[] rewards = new double[points];
        for (int i = 0; i < points; i++) {
            at[i] = in.readLong();
            regrets[i] = in.readDouble();
            rewards[i] = in.readDouble();
        }
        if (in.read() != -1) {
            return Optional.empty();
        }
        return Optional.of(new TrialResult(plan, TrialStatus.OK, "", steps, finalRegret, finalReward, wallNanos,
                new Curve(at, regrets, rewards), latencies));
    }

    private static Latency readLatency(DataInputStream in) throws IOException {
        return new Latency(in.readDouble(), in.readDouble());
    }
}
