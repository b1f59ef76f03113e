package dev.encore.engine.environment;

/**
 * About how many bytes of heap one trial's environment holds at most, from its settings alone: what a run checks
 * against the heap the JVM may use before any trial (see {@link EnvironmentBlueprint#trialBytes}). Counts the arrays
 * each environment allocates (embeddings, candidate rows and features, heard songs) with a few bytes of slack for
 * array headers and the sorted arrays' spare room; what all trials share (a log, fitted tastes) is already in memory
 * and not counted.
 */
@FunctionalInterface
interface TrialMemory {

    /** Listeners' heard songs: a count and two references per listener, whatever they heard. */
    long PER_LISTENER = 3 * Integer.BYTES;
    /** A listener's first stored array: its header and the spare room of its first eight songs. */
    long PER_LISTENER_HEARD = 48;
    /** Per song of a step's candidates: its item, rating, top-k slot and slate check. */
    long PER_CANDIDATE = Integer.BYTES + Double.BYTES + Double.BYTES + Integer.BYTES;

    /**
     * @param steps the steps a trial plays, {@link Long#MAX_VALUE} for all of them
     * @param slate songs per step
     */
    long bytes(long steps, int slate);

    /** {@code type: embedding}: embeddings, the heard songs of at most {@code steps x slate} pairs, candidate rows. */
    static TrialMemory embedding(EmbeddingSettings settings) {
        return (steps, slate) -> {
            long users = settings.users();
            long items = settings.items();
            long pairs = Math.min(steps > Long.MAX_VALUE / slate ? Long.MAX_VALUE : steps * slate, users * items);
            long listeners = Math.min(users, steps);
            // each listener holds the smaller of a sorted array (twice the songs heard, at worst) and a bitset
            long bitsets = listeners * (((items + 63) >>> 6) * Long.BYTES + 16);
            long sorted = listeners * PER_LISTENER_HEARD + pairs * 2 * Integer.BYTES;
            long heard = users * PER_LISTENER + Math.min(bitsets, sorted);
            long embeddings = (users + items) * settings.hidden() * Double.BYTES;
            long candidates = items * (PER_CANDIDATE + (long) settings.featureDimension() * Double.BYTES
                    + (long) settings.noise() * Integer.BYTES);
            return embeddings + heard + candidates;
        };
    }

    /** {@code type: logged}: a flag per logged pair, and candidate rows as long as the longest listener's list. */
    static TrialMemory logged(LoggedCatalog catalog) {
        return (steps, slate) -> catalog.songs().pairs() + (long) catalog.users() * PER_LISTENER
                + (long) catalog.longestList() * (PER_CANDIDATE + Integer.BYTES
                        + (long) catalog.featureDimension() * Double.BYTES + (long) catalog.noise() * Integer.BYTES);
    }
}
