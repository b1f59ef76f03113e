package dev.encore.engine.environment;

import dev.encore.engine.data.ListeningLog;
import dev.encore.engine.data.StrengthMatrix;
import dev.encore.engine.random.RandomAlgorithms;
import dev.encore.spi.FeatureLayout;
import dev.encore.spi.FeatureRole;
import java.util.List;

/**
 * What every trial of a replayed log shares, read-only: each listener's logged songs in ascending song order with
 * their strengths, the songs' standardized numeric columns and the listeners' profiles.
 */
final class LoggedCatalog {

    private final StrengthMatrix songs;
    private final List<String> songColumns;
    private final int noise;
    private final String random;
    private final double[] songFeatures;
    private final double[] profiles;
    private final int longestList;

    private LoggedCatalog(StrengthMatrix songs, List<String> songColumns, int noise, String random, double[] songFeatures,
                          double[] profiles) {
        this.songs = songs;
        this.songColumns = songColumns;
        this.noise = noise;
        this.random = random;
        this.songFeatures = songFeatures;
        this.profiles = profiles;
        this.longestList = songs.longestRow();
    }

    /**
     * @param noise context values drawn afresh per candidate and step
     * @param random the generator's algorithm
     */
    static LoggedCatalog of(ListeningLog log, int noise, String random) {
        EmbeddingSettings.requireAtLeast("noise", noise, 0);
        RandomAlgorithms.requireKnown(random);
        StrengthMatrix songs = StrengthMatrix.byUser(log);
        int columns = log.songColumns().size();
        double[] songFeatures = standardizedSongColumns(log);
        double[] profiles = new double[Math.multiplyExact(log.users(), columns)];
        for (int user = 0; user < log.users(); user++) {
            int count = songs.end(user) - songs.start(user);
            for (int k = songs.start(user); k < songs.end(user); k++) {
                int song = songs.column(k);
                for (int c = 0; c < columns; c++) {
                    profiles[user * columns + c] += songFeatures[song * columns + c];
                }
            }
            for (int c = 0; c < columns; c++) {
                profiles[user * columns + c] /= count;
            }
        }
        return new LoggedCatalog(songs, log.songColumns(), noise, random, songFeatures, profiles);
    }

    /**
     * Each song's numeric columns (its mean over the rows that log it, should they differ), standardized over the
     * songs of the catalog: mean 0 and standard deviation 1 per column, or 0 throughout for a constant column.
     */
    private static double[] standardizedSongColumns(ListeningLog log) {
        int columns = log.songColumns().size();
        int items = log.items();
        double[] values = new double[Math.multiplyExact(items, columns)];
        int[] rowsPerSong = new int[items];
        for (int row = 0; row < log.rows(); row++) {
            int song = log.item(row);
            rowsPerSong[song]++;
            for (int c = 0; c < columns; c++) {
                values[song * columns + c] += log.songValue(c, row);
            }
        }
        for (int song = 0; song < items; song++) {
            for (int c = 0; c < columns; c++) {
                values[song * columns + c] /= rowsPerSong[song];
            }
        }
        for (int c = 0; c < columns; c++) {
            double mean = 0.0;
            for (int song = 0; song < items; song++) {
                mean += values[song * columns + c];
            }
            mean /= items;
            double variance = 0.0;
            for (int song = 0; song < items; song++) {
                double d = values[song * columns + c] - mean;
                variance += d * d;
            }
            double deviation = Math.sqrt(variance / items);
            for (int song = 0; song < items; song++) {
                int at = song * columns + c;
                values[at] = deviation > 0 ? (values[at] - mean) / deviation : 0.0;
            }
        }
        return values;
    }

    StrengthMatrix songs() {
        return songs;
    }

    int users() {
        return songs.rows();
    }

    int items() {
        return songs.columns();
    }

    /** The most songs one listener has logged: the most candidates a step can have. */
    int longestList() {
        return longestList;
    }

    int songColumns() {
        return songColumns.size();
    }

    int noise() {
        return noise;
    }

    String random() {
        return random;
    }

    /** Song columns, then the listener's profile, then noise. */
    int featureDimension() {
        return 2 * songColumns.size() + noise;
    }

    /** The song's standardized columns by name, the listener's profile of each, then the noise. */
    FeatureLayout featureLayout() {
        FeatureLayout.Builder layout = FeatureLayout.builder();
        songColumns.forEach(column -> layout.column(column, FeatureRole.SONG));
        songColumns.forEach(column -> layout.column("listener-mean-" + column, FeatureRole.LISTENER));
        return layout.context("noise", noise).build();
    }

    /** Standardized song columns, songs x columns, row-major. */
    double[] songFeatures() {
        return songFeatures;
    }

    /** Each listener's mean of the standardized song columns over their logged songs, listeners x columns. */
    double[] profiles() {
        return profiles;
    }
}
