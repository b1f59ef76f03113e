package dev.encore.agents.mf;

import java.util.Arrays;

/**
 * The ratings every entity of one side (every listener, or every song) has received, as pairs of the other side's id
 * and the rating, in the order they came: what a ridge solve for that entity sums over.
 *
 * <p>Pairs are kept in blocks of {@value #BLOCK} taken from one shared pool and chained entity by entity, so reading
 * an entity's ratings touches a few cache lines per {@value #BLOCK} pairs, however many other ratings arrived in
 * between. The pool is sized at creation for the ratings expected; if more come, it doubles (an amortised copy,
 * the only allocation after creation).
 */
final class RatingLists {

    static final int BLOCK = 16;
    private static final int NONE = -1;

    private final int[] firstBlock;
    private final int[] lastBlock;
    private final int[] counts;
    private int[] nextBlock;
    private int[] others;
    private double[] ratings;
    private int blocksInUse;
    private long total;

    /**
     * @param entities the number of listeners (or songs)
     * @param expectedRatings how many ratings the episode is expected to bring; the pool starts with room for them
     *     however they are spread over the entities
     */
    RatingLists(int entities, int expectedRatings) {
        this.firstBlock = new int[entities];
        this.lastBlock = new int[entities];
        this.counts = new int[entities];
        Arrays.fill(firstBlock, NONE);
        int blocks = blocksFor(entities, expectedRatings);
        this.nextBlock = new int[blocks];
        this.others = new int[blocks * BLOCK];
        this.ratings = new double[blocks * BLOCK];
    }

    /**
     * The most blocks {@code ratings} ratings can fill: one partly filled block per entity rated at all, the rest
     * full.
     */
    static int blocksFor(int entities, int ratings) {
        long blocks = ratings / BLOCK + (long) Math.min(entities, ratings) + 1;
        return (int) Math.min(blocks, Integer.MAX_VALUE / BLOCK);
    }

    /** Records that {@code entity} received {@code rating} from (or for) {@code other}. */
    void add(int entity, int other, double rating) {
        int count = counts[entity];
        int block;
        if (count % BLOCK == 0) {
            block = newBlock();
            if (count == 0) {
                firstBlock[entity] = block;
            } else {
                nextBlock[lastBlock[entity]] = block;
            }
            lastBlock[entity] = block;
        } else {
            block = lastBlock[entity];
        }
        int at = block * BLOCK + count % BLOCK;
        others[at] = other;
        ratings[at] = rating;
        counts[entity] = count + 1;
        total++;
    }

    private int newBlock() {
        if (blocksInUse == nextBlock.length) {
            int grown = (int) Math.min(2L * nextBlock.length, Integer.MAX_VALUE / BLOCK);
            if (grown == nextBlock.length) {
                throw new IllegalStateException("more than " + (long) grown * BLOCK + " ratings to keep");
            }
            nextBlock = Arrays.copyOf(nextBlock, grown);
            others = Arrays.copyOf(others, grown * BLOCK);
            ratings = Arrays.copyOf(ratings, grown * BLOCK);
        }
        int block = blocksInUse++;
        nextBlock[block] = NONE;
        return block;
    }

    /** How many ratings {@code entity} has received. */
    int count(int entity) {
        return counts[entity];
    }

    /** How many ratings all entities have received. */
    long total() {
        return total;
    }

    /** How many entities this side has. */
    int entities() {
        return counts.length;
    }

    /** What reads an entity's ratings, one by one. */
    interface Reader {
        void read(int other, double rating);
    }

    /** Hands every rating of {@code entity} to {@code reader}, in the order they came. */
    void read(int entity, Reader reader) {
        int remaining = counts[entity];
        for (int block = firstBlock[entity]; remaining > 0; block = nextBlock[block]) {
            int start = block * BLOCK;
            int end = start + Math.min(remaining, BLOCK);
            for (int at = start; at < end; at++) {
                reader.read(others[at], ratings[at]);
            }
            remaining -= end - start;
        }
    }
}
