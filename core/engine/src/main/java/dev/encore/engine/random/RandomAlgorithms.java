package dev.encore.engine.random;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;

/**
 * The generators an environment can use, by name: {@code numpy} (the notebook's, the default) or any
 * {@code java.util.random} algorithm such as {@code L64X128MixRandom} that draws the same numbers again from the same
 * seed. {@code SecureRandom} (and any other algorithm that mixes in entropy or hardware noise) is refused: an
 * episode must replay number for number.
 */
public final class RandomAlgorithms {

    /** The notebook's generator: numpy's legacy {@code RandomState}. */
    public static final String NUMPY = "numpy";

    private RandomAlgorithms() {
    }

    /** Every name {@link #create} accepts, {@code numpy} first, then the JDK's seedable algorithms in name order. */
    public static List<String> names() {
        return Stream.concat(Stream.of(NUMPY), RandomGeneratorFactory.all()
                .filter(RandomAlgorithms::reproducible)
                .map(RandomGeneratorFactory::name)
                .sorted()).toList();
    }

    /**
     * Checks an algorithm name.
     *
     * @throws UserError at the setting {@code random}, naming the algorithms allowed, when {@code algorithm} is not
     *     one of them or cannot be seeded to draw the same numbers again
     */
    public static void requireKnown(String algorithm) {
        if (names().contains(algorithm)) {
            return;
        }
        boolean jdkAlgorithm = RandomGeneratorFactory.all().anyMatch(factory -> factory.name().equals(algorithm));
        throw new UserError(Problem.ofSetting("random", "'" + algorithm + "' "
                + (jdkAlgorithm ? "cannot be seeded to draw the same numbers again" : "is not a generator"),
                String.join(", ", names())));
    }

    /** Seeded, it draws the same numbers every time: no entropy from the system, no hardware noise. */
    private static boolean reproducible(RandomGeneratorFactory<?> factory) {
        return !factory.isStochastic() && !factory.isHardware() && !factory.isDeprecated();
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
