package dev.encore.agents.kit;

import dev.encore.spi.AgentContext;
import dev.encore.spi.Candidates;
import dev.encore.spi.FeatureLayout;
import dev.encore.spi.FeatureRole;
import dev.encore.spi.ParameterSpec;
import java.util.Arrays;
import java.util.List;

/**
 * The vector a linear model sees for a candidate, made from the candidate's features; chosen by the agents'
 * {@code features} parameter, {@link #PARAMETER}:
 *
 * <ul>
 *   <li>{@code plain}: the features as they are.
 *   <li>{@code interactions}: the features, then the product of every listener column with every song column,
 *       listener-major: for listener columns {@code l1 .. lp} and song columns {@code s1 .. sq}, {@code l1 s1, l1 s2,
 *       .., l1 sq, l2 s1, .., lp sq}. With the notebook's 2 listener and 2 song columns that is 6 + 4 = 10 values.
 * </ul>
 *
 * <p>Why interactions: a rating is the listener's taste times the song's, {@code u . i}. A model linear in the
 * features can only add a listener part to a song part, so it ranks every listener's songs alike; with the products
 * it can weigh {@code u1 i1 + u2 i2} and recommend each listener what suits them.
 *
 * <p>Immutable; {@link #map} writes into an array the caller owns, sized once ({@link FeatureRows} holds one sized to
 * the catalog), so mapping allocates nothing. In the notebook's shape (2 listener, 2 song, then 2 context columns)
 * each row is written out without inner loops, about five times as fast as the general loop, with the same values.
 */
public final class FeatureMap {

    /** The features as they are. */
    public static final String PLAIN = "plain";
    /** The features plus every listener x song product. */
    public static final String INTERACTIONS = "interactions";

    /** The {@code features} parameter of the agents that offer a choice of feature map; {@link #of(AgentContext)}. */
    public static final ParameterSpec PARAMETER = ParameterSpec.choice("features", PLAIN,
            "what the linear model is learnt on: plain (the features as they are) or interactions (plus every "
                    + "listener x song feature product)", List.of(PLAIN, INTERACTIONS));

    private static final int[] NONE = {};

    private final int inputDimension;
    /** The listener column of each product, in the order of the products. */
    private final int[] productListener;
    /** The song column of each product. */
    private final int[] productSong;
    private final int dimension;
    private final boolean notebookShape;

    private FeatureMap(int inputDimension, int[] listenerColumns, int[] songColumns) {
        this.inputDimension = inputDimension;
        int products = listenerColumns.length * songColumns.length;
        this.productListener = new int[products];
        this.productSong = new int[products];
        int next = 0;
        for (int listener : listenerColumns) {
            for (int song : songColumns) {
                productListener[next] = listener;
                productSong[next++] = song;
            }
        }
        this.dimension = inputDimension + products;
        this.notebookShape = inputDimension == 6 && Arrays.equals(listenerColumns, new int[] {0, 1})
                && Arrays.equals(songColumns, new int[] {2, 3});
    }

    /**
     * The map named {@code choice} for features laid out as {@code layout}.
     *
     * @throws IllegalArgumentException for a choice other than {@link #PLAIN} and {@link #INTERACTIONS}, or for
     *     {@code interactions} when the layout has no listener or no song columns: there is nothing to multiply
     */
    public static FeatureMap of(String choice, FeatureLayout layout) {
        if (PLAIN.equals(choice)) {
            return new FeatureMap(layout.dimension(), NONE, NONE);
        }
        if (!INTERACTIONS.equals(choice)) {
            throw new IllegalArgumentException(
                    "features = " + choice + ": allowed " + String.join(" or ", PARAMETER.choices()));
        }
        int[] listener = layout.columns(FeatureRole.LISTENER);
        int[] song = layout.columns(FeatureRole.SONG);
        if (listener.length == 0 || song.length == 0) {
            String missing = listener.length == 0 && song.length == 0 ? "no listener and no song columns"
                    : listener.length == 0 ? "no listener columns" : "no song columns";
            throw new IllegalArgumentException("features = interactions multiplies listener columns by song "
                    + "columns, but the features have " + missing + " (" + layout + "): use features = plain");
        }
        return new FeatureMap(layout.dimension(), listener, song);
    }

    /** The map the context's {@code features} parameter names, for the context's feature layout. */
    public static FeatureMap of(AgentContext context) {
        return of(context.choice(PARAMETER.name()), context.featureLayout());
    }

    /** The length of a mapped row: what the linear model's dimension must be. */
    public int dimension() {
        return dimension;
    }

    /** The length of a candidate's features, the rows this map reads. */
    public int inputDimension() {
        return inputDimension;
    }

    /** Whether a mapped row is the features themselves ({@code plain}): then there is nothing to map. */
    public boolean isPlain() {
        return dimension == inputDimension;
    }

    /**
     * Writes the mapped row of every candidate into {@code rows}, row-major: candidate {@code i}'s at {@code rows[i *
     * dimension() ..]}, {@code candidates.size() * dimension()} values in all.
     *
     * @throws IllegalArgumentException when the candidates' feature vectors are not as long as the layout's
     */
    public void map(Candidates candidates, double[] rows) {
        if (candidates.dimension() != inputDimension) {
            throw new IllegalArgumentException("candidates have " + candidates.dimension()
                    + " features but the feature map was made for " + inputDimension);
        }
        double[] features = candidates.features();
        int size = candidates.size();
        if (notebookShape) {
            mapNotebookShape(features, size, rows);
            return;
        }
        for (int i = 0; i < size; i++) {
            mapRow(features, i * inputDimension, rows, i * dimension);
        }
    }

    /** Writes the mapped row of the features at {@code features[from ..]} into {@code rows[to .. to + dimension())}. */
    public void mapRow(double[] features, int from, double[] rows, int to) {
        for (int j = 0; j < inputDimension; j++) {
            rows[to + j] = features[from + j];
        }
        int at = to + inputDimension;
        for (int k = 0; k < productListener.length; k++) {
            rows[at + k] = features[from + productListener[k]] * features[from + productSong[k]];
        }
    }

    /** {@link #mapRow} of {@code n} rows of 6 features into rows of 10, written out. */
    private static void mapNotebookShape(double[] features, int n, double[] rows) {
        for (int i = 0; i < n; i++) {
            int from = i * 6;
            int to = i * 10;
            double listener1 = features[from];
            double listener2 = features[from + 1];
            double song1 = features[from + 2];
            double song2 = features[from + 3];
            rows[to] = listener1;
            rows[to + 1] = listener2;
            rows[to + 2] = song1;
            rows[to + 3] = song2;
            rows[to + 4] = features[from + 4];
            rows[to + 5] = features[from + 5];
            rows[to + 6] = listener1 * song1;
            rows[to + 7] = listener1 * song2;
            rows[to + 8] = listener2 * song1;
            rows[to + 9] = listener2 * song2;
        }
    }
}
