package dev.encore.spi;

/**
 * A recommendation policy for one trial (one agent on one episode). Encore creates a fresh agent per trial from its
 * {@link AgentFactory} and calls it from one thread at a time.
 *
 * <p>At every step Encore calls {@link #recommend} and then, once the listener has heard the slate, {@link #learn}
 * with the same candidates. Both are on the hot path: they should allocate nothing, keeping their state in arrays
 * sized at creation from the {@link AgentContext}.
 */
public interface Agent {

    /**
     * Chooses the slate for the current listener.
     *
     * @param candidates the songs the listener may be recommended
     * @param slate where to write the chosen candidate indices: positions {@code 0 .. slateSize - 1}, each in
     *     {@code 0 .. candidates.size() - 1}, all distinct, best first (the array may be longer than the slate)
     * @param slateSize how many candidates to choose: the experiment's slate, or fewer when the listener has fewer
     *     songs left
     */
    void recommend(Candidates candidates, int[] slate, int slateSize);

    /**
     * Learns from what the listener did with the slate.
     *
     * @param candidates the candidates the slate was chosen from, unchanged since {@link #recommend}
     * @param slate the candidate indices that were recommended, positions {@code 0 .. slateSize - 1}
     * @param rewards the reward of each slate position, in slate order
     * @param slateSize how many positions of {@code slate} and {@code rewards} are in use
     */
    void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize);
}
