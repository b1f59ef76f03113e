package dev.encore.engine.run;

import dev.encore.engine.metrics.Latency;
import dev.encore.engine.metrics.TrialLatencies;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The finished trials of a run, one file each under {@code trials/}, saved the moment a trial ends so that a run
 * that is killed loses no finished work. A file holds the trial's figures and curve in a small binary form (doubles
 * bit for bit, so a resumed run writes the very numbers a run never stopped would have), followed by a CRC-32C of
 * everything before it. Only successful trials are saved: a failed one is played again when the run resumes, and so
 * is one whose file is damaged (cut short, changed on disk), in another format or for another trial, with a warning.
 */
final class TrialStore {

    static final String EXTENSION = ".trial";

    private static final int MAGIC = 0x456E_6354;
    private static final int VERSION = 2;
    private static final int CHECKSUM_BYTES = Long.BYTES;
    /** Far more than the largest honest file (100,000 curve points): a larger one is not read into memory. */
    private static final long MAX_BYTES = 64L << 20;
    private static final String PLAYED_AGAIN = "the trial is played again";

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
            AtomicFiles.write(file(result.plan()), stream -> write(result, stream));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file(result.plan()) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The saved result of {@code plan}, if there is one. A file that cannot be used (damaged, in another format, for
     * another trial, unreadable) is never used and never stops the run: {@code warnings} is told why, and the trial
     * is played again, its file replaced.
     */
    Optional<TrialResult> load(TrialPlan plan, Consumer<String> warnings) {
        Path file = file(plan);
        try {
            if (Files.size(file) > MAX_BYTES) {
                warnings.accept(file + " is not a trial file (" + Files.size(file) + " bytes): " + PLAYED_AGAIN);
                return Optional.empty();
            }
            return read(plan, Files.readAllBytes(file), file, warnings);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            warnings.accept(file + " cannot be read (" + OutputFolder.describe(e) + "): " + PLAYED_AGAIN);
            return Optional.empty();
        }
    }

    private static void write(TrialResult result, OutputStream stream) throws IOException {
        CheckedOutputStream checked = new CheckedOutputStream(stream, new CRC32C());
        DataOutputStream out = new DataOutputStream(checked);
        TrialPlan plan = result.plan();
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(plan.condition());
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
        new DataOutputStream(stream).writeLong(checked.getChecksum().getValue());
    }

    private static Optional<TrialResult> read(TrialPlan plan, byte[] bytes, Path file, Consumer<String> warnings) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length < 2 * Integer.BYTES + CHECKSUM_BYTES || buffer.getInt() != MAGIC) {
            warnings.accept(file + " is not a trial file: " + PLAYED_AGAIN);
            return Optional.empty();
        }
        int version = buffer.getInt();
        if (version != VERSION) {
            warnings.accept(file + " was saved in another format (version " + version + ", this Encore reads "
                    + VERSION + "): " + PLAYED_AGAIN);
            return Optional.empty();
        }
        int payload = bytes.length - CHECKSUM_BYTES;
        CRC32C checksum = new CRC32C();
        checksum.update(bytes, 0, payload);
        if (checksum.getValue() != ByteBuffer.wrap(bytes, payload, CHECKSUM_BYTES).getLong()) {
            warnings.accept(file + " is damaged (its checksum does not match: cut short or changed on disk): "
                    + PLAYED_AGAIN);
            return Optional.empty();
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, buffer.position(),
                    payload - buffer.position()));
            Optional<TrialResult> result = readPayload(plan, in);
            if (result.isEmpty()) {
                warnings.accept(file + " holds another trial (its condition, label, episode or seeds differ): " + PLAYED_AGAIN);
            }
            return result;
        } catch (IOException | RuntimeException e) {
            // only a file written wrongly with a correct checksum gets here
            warnings.accept(file + " is not a trial file (" + e + "): " + PLAYED_AGAIN);
            return Optional.empty();
        }
    }

    /** The fields after the magic number and version; empty when they are another trial's. */
    private static Optional<TrialResult> readPayload(TrialPlan plan, DataInputStream in) throws IOException {
        if (in.readInt() != plan.condition() || !in.readUTF().equals(plan.label()) || in.readInt() != plan.episode()
                || in.readLong() != plan.environmentSeed() || in.readLong() != plan.agentSeed()) {
            return Optional.empty();
        }
        long steps = in.readLong();
        double finalRegret = in.readDouble();
        double finalReward = in.readDouble();
        long wallNanos = in.readLong();
        TrialLatencies latencies = new TrialLatencies(readLatency(in), readLatency(in), readLatency(in));
        int points = in.readInt();
        if (points < 0 || points > in.available() / (Long.BYTES + 2 * Double.BYTES)) {
            throw new IOException("a curve of " + points + " points does not fit the file");
        }
        long[] at = new long[points];
        double[] regrets = new double[points];
        double[] rewards = new double[points];
        for (int i = 0; i < points; i++) {
            at[i] = in.readLong();
            regrets[i] = in.readDouble();
            rewards[i] = in.readDouble();
        }
        if (in.available() != 0) {
            throw new IOException(in.available() + " bytes after the curve");
        }
        return Optional.of(new TrialResult(plan, TrialStatus.OK, "", steps, finalRegret, finalReward, wallNanos,
                new Curve(at, regrets, rewards), latencies));
    }

    private static Latency readLatency(DataInputStream in) throws IOException {
        return new Latency(in.readDouble(), in.readDouble());
    }
}
