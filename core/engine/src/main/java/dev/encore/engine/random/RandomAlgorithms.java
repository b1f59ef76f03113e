package dev.encore.engine.random;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;

/**
 * The generators an environment can use, by name: {@code numpy} (the notebook's, the default) or any
 * {@code java.util.random} algorithm such as {@code L64X128MixRandom}.
 */
public final class RandomAlgorithms {

    /** The notebook's generator: numpy's legacy {@code RandomState}. */
    public static final String NUMPY = "numpy";

    private RandomAlgorithms() {
    }

    /** Every name {@link #create} accepts, {@code numpy} first, then the JDK's algorithms in name order. */
    public static List<String> names() {
        return Stream.concat(Stream.of(NUMPY),
                RandomGeneratorFactory.all().map(RandomGeneratorFactory::name).sorted()).toList();
    }

    /**
     * Checks an algorithm name.
     *
     * @throws UserError at the setting {@code random}, naming the algorithms there are, when {@code algorithm} is
     *     not one of them
     */
    public static void requireKnown(String algorithm) {
        if (!names().contains(algorithm)) {
            throw new UserError(Problem.ofSetting("random", "'" + algorithm + "' is not a generator",
                    String.join(", ", names())));
        }
    }

    /** A new generator of the named algorithm, seeded with {@code seed}. */
    public static RandomSource create(String algorithm, long seed) {
        if (NUMPY.equals(algorithm)) {
            return new NumpyRandom(seed);
        }
        requireKnown(algorithm);
        return new JdkRandom(RandomGeneratorFactory.of(algorithm).create(seed));
    }
}
