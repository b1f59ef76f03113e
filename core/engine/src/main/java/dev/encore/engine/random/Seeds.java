package dev.encore.engine.random;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeds derived from an experiment's seed. Episode {@code e} of every agent plays the environment seeded
 * {@code seed + e} (common random numbers: paired comparisons). Each agent's own generator is keyed by the
 * experiment seed, the agent's label and the episode, and by nothing else, so adding or reordering agents changes
 * no other agent's numbers.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The environment seed of episode {@code episode}: the same for every agent. */
    public static long environmentSeed(long experimentSeed, int episode) {
        return experimentSeed + episode;
    }

    /** The seed of an agent's own generator for one episode. */
    public static long agentSeed(long experimentSeed, String label, int episode) {
        long h = mix(experimentSeed);
        for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xFF));
        }
        return mix(h ^ mix(episode));
    }

    /** The generator an agent is handed, seeded by {@link #agentSeed}. */
    public static RandomGenerator agentGenerator(long experimentSeed, String label, int episode) {
        return new SplittableRandom(agentSeed(experimentSeed, label, episode));
    }

    /** SplitMix64's finaliser: a bijection of 64-bit values that spreads every input bit over the output. */
    private static long mix(long z) {
        z += 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
