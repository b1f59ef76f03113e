package dev.encore.agents.kit;

import dev.encore.spi.AgentContext;
import dev.encore.spi.Candidates;

/**
 * The rows a linear agent scores and learns from, one per candidate: the candidates' features through a {@link
 * FeatureMap}. {@link #map} writes them once per step, in {@code recommend}, into a buffer sized at creation (catalog
 * size x mapped dimension); {@link #mapped} hands the same rows to {@code learn}, which the SPI calls with the
 * candidates unchanged. Nothing is allocated per step.
 *
 * <p>With {@code plain} features there is nothing to write and no buffer: the rows are the candidates' own features,
 * read in place, so such an agent computes exactly what it would without a feature map.
 */
public final class FeatureRows {

    private final FeatureMap map;
    private final double[] buffer;

    /** Rows through {@code map} for steps of at most {@code catalogSize} candidates. */
    public FeatureRows(FeatureMap map, int catalogSize) {
        this.map = map;
        long values = map.isPlain() ? 0 : (long) catalogSize * map.dimension();
        if (values > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("catalog of " + catalogSize + " songs x " + map.dimension()
                    + " mapped features = " + values + " values: too many for one array, use features = plain");
        }
        this.buffer = new double[(int) values];
    }

    /** Rows through the map the context's {@code features} parameter names, sized to the context's catalog. */
    public static FeatureRows of(AgentContext context) {
        return new FeatureRows(FeatureMap.of(context), context.catalogSize());
    }

    /** The length of a row. */
    public int dimension() {
        return map.dimension();
    }

    /**
     * Maps this step's candidates; call it once a step, from {@code recommend}.
     *
     * @return the rows, row-major, {@code candidates.size() * dimension()} values in use: read only
     */
    public double[] map(Candidates candidates) {
        if (map.isPlain()) {
            return candidates.features();
        }
        map.map(candidates, buffer);
        return buffer;
    }

    /** The rows {@link #map} wrote for these candidates at this step's {@code recommend}, for {@code learn}. */
    public double[] mapped(Candidates candidates) {
        return map.isPlain() ? candidates.features() : buffer;
    }
}
