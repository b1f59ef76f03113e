package dev.encore.engine.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a seeded synthetic listening log in the seed's 6- or 9-column shape, so that experiments run without
 * third-party data. The same settings and seed write the same bytes.
 *
 * <p>The model, in the order it draws from one {@link SplittableRandom}:
 * <ul>
 *   <li>Songs: a title from word lists (a few with a comma), a duration (log-normal around 230 s), loudness
 *       (around -10 dB), tempo (around 122 bpm), a key (0-11), and a hidden trait; a popularity that follows a
 *       Zipf-Mandelbrot law over a random ranking of the songs, {@code 1 / (rank + 20)}.</li>
 *   <li>Listeners: a taste vector, and an activity following {@code 1 / (rank + 5)} over a random ranking. Every
 *       listener gets one row, the other rows are shared in proportion to activity (at most every song once).</li>
 *   <li>Each listener's songs are drawn by popularity, without replacement (no pair is logged twice).</li>
 *   <li>Each row's appeal is the listener's taste against the song's tempo, loudness and hidden trait, plus a
 *       preference for shorter songs, plus noise. The appeal picks one of the seed's 36 event combinations
 *       (a skip, possibly frequent, possibly with "Not recommend it anymore"; or a listen, frequent or complete,
 *       with any of "Like", "View Song Information", "Add it to your music", "Download") and a listening time from
 *       0 to 5: the more appealing, the stronger the events. So strengths have real structure to learn.</li>
 * </ul>
 * Every listener appears; the least popular songs may not.
 */
public final class LogGenerator {

    private static final List<String> ADJECTIVES = List.of("Atmosphere", "Midnight", "Golden", "Electric", "Quiet",
            "Broken", "Silver", "Wild", "Neon", "Paper", "Velvet", "Hollow", "Crimson", "Distant", "Lonely", "Summer",
            "Winter", "Northern", "Secret", "Burning", "Falling", "Blue", "Endless", "Sugar", "Static", "Glass");
    private static final List<String> NOUNS = List.of("Station", "Radio", "Harbor", "Hearts", "Highway", "Garden",
            "River", "Echoes", "Letters", "Skyline", "Machine", "Shadows", "Dreams", "Parade", "Lights", "Avenue",
            "Ocean", "Mirror", "Thunder", "Satellite", "Window", "Island", "Fever", "Orchestra", "Tides", "Stranger");

    private static final String LISTEN_FREQUENTLY = "Listen it frequently";
    private static final String LISTENED_COMPLETELY = "Have listened  it completely";
    private static final List<String> EXTRAS =
            List.of("Like", "View Song Information", "Add it to your music", "Download");
    private static final String SKIP = "Skip it";
    private static final String SKIP_FREQUENTLY = "Skip it frequently";
    private static final String NOT_RECOMMEND = "Not recommend it anymore";

    /** Integer popularity weights keep the sampling exact: no rounding drift between draws. */
    private static final double WEIGHT_SCALE = 1e12;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final int users;
    private final int items;
    private final int rows;
    private final int columns;
    private final long seed;

    /**
     * @param users listeners: every one appears
     * @param items songs in the catalog the rows are drawn from
     * @param rows rows to write: at least {@code users}, at most {@code users x items}
     * @param columns 6 or 9: the seed's shapes
     * @param seed the same seed writes the same log
     * @throws IllegalArgumentException naming the setting out of range and what is allowed
     */
    public LogGenerator(int users, int items, int rows, int columns, long seed) {
        if (users < 1) {
            throw new IllegalArgumentException("users = " + users + " is out of range: allowed at least 1");
        }
        if (items < 1) {
            throw new IllegalArgumentException("items = " + items + " is out of range: allowed at least 1");
        }
        long pairs = (long) users * items;
        if (rows < users || rows > pairs) {
            throw new IllegalArgumentException("rows = " + rows + " is out of range: allowed " + users + " (users: "
                    + "every listener appears) to " + pairs + " (users x items: no pair twice)");
        }
        if (columns != 6 && columns != 9) {
            throw new IllegalArgumentException("columns = " + columns + " is not allowed: allowed 6 or 9");
        }
        this.users = users;
        this.items = items;
        this.rows = rows;
        this.columns = columns;
        this.seed = seed;
    }

    /**
     * Writes the log to {@code file} through a partial file beside it, moved into place once complete, so a failure
     * leaves no half log.
     */
    public void write(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve("." + file.getFileName() + ".partial");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                write(writer);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes the log, header first, one row per line. */
    public void write(Appendable out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Songs songs = new Songs(random);
        double[] tastes = new double[users * 3];
        for (int i = 0; i < tastes.length; i++) {
            tastes[i] = random.nextGaussian();
        }
        int[] counts = rowsPerListener(zipfWeights(random, users, 5));
        PopularitySampler sampler = new PopularitySampler(songs.popularity);
        CSVPrinter printer = new CSVPrinter(out instanceof Writer w ? new BufferedWriter(w, 1 << 16) : out, FORMAT);
        printer.printRecord(columns == 6 ? LogHeader.SIX_COLUMNS : LogHeader.NINE_COLUMNS);
        List<String> events = new ArrayList<>(5);
        Object[] record = new Object[columns];
        for (int user = 0; user < users; user++) {
            for (int r = 0; r < counts[user]; r++) {
                int song = sampler.draw(random);
                double appeal = 0.7 * songs.affinity(song, tastes, user) + 0.5 * songs.quality[song]
                        + 0.5 * random.nextGaussian();
                drawEvents(random, appeal, events);
                double listeningTime = Math.min(5.0, Math.max(0.0, 2.5 + 0.9 * appeal + 0.6 * random.nextGaussian()));
                int c = 0;
                record[c++] = user + 1;
                record[c++] = song + 1;
                record[c++] = round(listeningTime, 100);
                record[c++] = songs.titles[song];
                record[c++] = round(songs.duration[song], 100_000);
                if (columns == 9) {
                    record[c++] = round(songs.loudness[song], 1_000);
                    record[c++] = round(songs.tempo[song], 1_000);
                    record[c++] = songs.key[song];
                }
                record[c] = quotedRuns(events);
                printer.printRecord(record);
            }
            sampler.restore();
        }
        printer.flush();
    }

    /** One of the seed's 36 combinations, stronger the more appealing the song. */
    private static void drawEvents(SplittableRandom random, double appeal, List<String> events) {
        events.clear();
        if (random.nextDouble() < sigmoid(-2.0 * appeal - 2.8)) {
            events.add(random.nextDouble() < sigmoid(-1.5 * appeal - 1.5) ? SKIP_FREQUENTLY : SKIP);
            if (random.nextDouble() < sigmoid(-1.5 * appeal - 1.5)) {
                events.add(NOT_RECOMMEND);
            }
            return;
        }
        events.add(random.nextDouble() < sigmoid(1.5 * appeal) ? LISTEN_FREQUENTLY : LISTENED_COMPLETELY);
        for (String extra : EXTRAS) {
            if (random.nextDouble() < sigmoid(1.2 * appeal)) {
                events.add(extra);
            }
        }
    }

    /** The seed's raw form: each event in double quotes, run together (the CSV printer then escapes the quotes). */
    private static String quotedRuns(List<String> events) {
        StringBuilder text = new StringBuilder();
        for (String event : events) {
            text.append('"').append(event).append('"');
        }
        return text.toString();
    }

    /**
     * Rows per listener: one each, the rest shared in proportion to {@code weights} (largest shares first for what
     * rounding leaves), never more than the catalog's songs.
     */
    private int[] rowsPerListener(double[] weights) {
        int[] counts = new int[users];
        Arrays.fill(counts, 1);
        long left = rows - (long) users;
        Integer[] heaviestFirst = new Integer[users];
        for (int u = 0; u < users; u++) {
            heaviestFirst[u] = u;
        }
        Arrays.sort(heaviestFirst, (a, b) -> Double.compare(weights[b], weights[a]));
        while (left > 0) {
            double open = 0.0;
            for (int u = 0; u < users; u++) {
                open += counts[u] < items ? weights[u] : 0.0;
            }
            long given = 0;
            for (int u = 0; u < users; u++) {
                if (counts[u] < items) {
                    long share = Math.min(items - counts[u], (long) Math.floor(left * weights[u] / open));
                    counts[u] += (int) share;
                    given += share;
                }
            }
            if (given == 0) {
                for (int i = 0; i < users && given < left; i++) {
                    int u = heaviestFirst[i];
                    if (counts[u] < items) {
                        counts[u]++;
                        given++;
                    }
                }
            }
            left -= given;
        }
        return counts;
    }

    /** Weights {@code 1 / (rank + offset)} over a random ranking: a Zipf-Mandelbrot law. */
    private static double[] zipfWeights(SplittableRandom random, int n, int offset) {
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rank[i];
            rank[i] = rank[j];
            rank[j] = swap;
        }
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / (rank[i] + 1 + offset);
        }
        return weights;
    }

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }

    /** The catalog's songs: what the log's song columns show and what drives appeal. */
    private final class Songs {

        final String[] titles = new String[items];
        final double[] duration = new double[items];
        final double[] loudness = new double[items];
        final double[] tempo = new double[items];
        final int[] key = new int[items];
        final double[] quality = new double[items];
        final double[] traits = new double[items * 3];
        final long[] popularity = new long[items];

        Songs(SplittableRandom random) {
            for (int s = 0; s < items; s++) {
                titles[s] = title(random);
                double logDuration = random.nextGaussian();
                duration[s] = Math.min(1_000.0, Math.max(30.0, 230.0 * Math.exp(0.35 * logDuration)));
                double loud = random.nextGaussian();
                loudness[s] = Math.min(-1.0, Math.max(-40.0, -10.0 + 4.0 * loud));
                double pace = random.nextGaussian();
                tempo[s] = Math.min(240.0, Math.max(40.0, 122.0 + 28.0 * pace));
                key[s] = random.nextInt(12);
                traits[s * 3] = pace;
                traits[s * 3 + 1] = loud;
                traits[s * 3 + 2] = random.nextGaussian();
                quality[s] = -0.6 * logDuration + 0.8 * random.nextGaussian();
            }
            double[] weights = zipfWeights(random, items, 20);
            for (int s = 0; s < items; s++) {
                popularity[s] = Math.max(1, Math.round(weights[s] * WEIGHT_SCALE));
            }
        }

        /** The listener's taste against the song's traits, scaled to about unit variance. */
        double affinity(int song, double[] tastes, int user) {
            double sum = 0.0;
            for (int j = 0; j < 3; j++) {
                sum += tastes[user * 3 + j] * traits[song * 3 + j];
            }
            return sum / Math.sqrt(3.0);
        }

        private String title(SplittableRandom random) {
            String adjective = ADJECTIVES.get(random.nextInt(ADJECTIVES.size()));
            String noun = NOUNS.get(random.nextInt(NOUNS.size()));
            return switch (random.nextInt(20)) {
                case 0 -> adjective + " " + noun + ", Pt. " + (2 + random.nextInt(3));
                case 1 -> noun + " (Live)";
                case 2, 3 -> "The " + noun;
                default -> adjective + " " + noun;
            };
        }
    }

    /**
     * Draws songs by popularity without replacement for one listener at a time: a Fenwick tree of integer weights,
     * a drawn song's weight taken out until {@link #restore}.
     */
    private static final class PopularitySampler {

        private final long[] weights;
        private final long[] tree;
        private final int[] drawn;
        private int drawnCount;
        private long total;

        PopularitySampler(long[] weights) {
            this.weights = weights;
            this.tree = new long[weights.length + 1];
            this.drawn = new int[weights.length];
            for (int i = 0; i < weights.length; i++) {
                add(i, weights[i]);
            }
        }

        int draw(SplittableRandom random) {
            long target = random.nextLong(total);
            int position = 0;
            for (int step = Integer.highestOneBit(weights.length); step > 0; step >>= 1) {
                int next = position + step;
                if (next <= weights.length && tree[next] <= target) {
                    position = next;
                    target -= tree[next];
                }
            }
            add(position, -weights[position]);
            drawn[drawnCount++] = position;
            return position;
        }

        /** Every song drawn since the last restore can be drawn again. */
        void restore() {
            for (int i = 0; i < drawnCount; i++) {
                add(drawn[i], weights[drawn[i]]);
            }
            drawnCount = 0;
        }

        private void add(int song, long delta) {
            total += delta;
            for (int i = song + 1; i < tree.length; i += i & -i) {
                tree[i] += delta;
            }
        }
    }
}
