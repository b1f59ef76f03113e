package dev.encore.engine.testing;

import dev.encore.engine.plugin.LoadedAgent;
import dev.encore.engine.plugin.Plugin;
import dev.encore.spi.Agent;
import dev.encore.spi.AgentContext;
import dev.encore.spi.AgentFactory;
import dev.encore.spi.Candidates;
import dev.encore.spi.ParameterSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** Agents for tests of the runner and the reports: honest ones, and ones that fail in every way an agent can. */
public final class TestAgents {

    private TestAgents() {
    }

    /** A factory as a plugin on the test class path would give it. */
    public static LoadedAgent loaded(AgentFactory factory) {
        return new LoadedAgent(factory, new Plugin(Path.of("test"), List.of(), TestAgents.class.getClassLoader()));
    }

    /** An agent that recommends the first candidates: the seed notebook's own choice. */
    public static Agent firstCandidates() {
        return new FixedAgent();
    }

    /** An agent that recommends distinct candidates uniformly at random, seeded. */
    public static Agent uniform(long seed, int catalogSize) {
        return new RandomAgent(new SplittableRandom(seed), catalogSize);
    }

    /** Recommends the first candidates and ignores its generator: its numbers depend on the environment only. */
    public static AgentFactory first() {
        return factory("first", List.of(), context -> new FixedAgent());
    }

    /** Recommends distinct candidates uniformly at random with its own generator. */
    public static AgentFactory random() {
        return factory("random", List.of(), context -> new RandomAgent(context.random(), context.catalogSize()));
    }

    /**
     * Learns a linear score of the features by stochastic gradient descent, exploring with probability
     * {@code epsilon}: its regret grows ever more slowly. Refuses {@code rate} above 1 when created.
     */
    public static AgentFactory learner() {
        return factory("learner", List.of(
                ParameterSpec.real("rate", 0.02, "learning rate").above(0),
                ParameterSpec.real("epsilon", 0.1, "exploration").atLeast(0).atMost(1)),
                context -> {
                    if (context.real("rate") > 1) {
                        throw new IllegalArgumentException("rate = " + context.real("rate")
                                + " diverges: allowed at most 1");
                    }
                    return new LearningAgent(context);
                });
    }

    /** Throws from recommend at {@code step}. */
    public static AgentFactory throwsInRecommend(long step) {
        return factory("throws-in-recommend", List.of(), context -> new FaultyAgent(step, Fault.RECOMMEND, null));
    }

    /** Throws from learn at {@code step}. */
    public static AgentFactory throwsInLearn(long step) {
        return factory("throws-in-learn", List.of(), context -> new FaultyAgent(step, Fault.LEARN, null));
    }

    /** Repeats a candidate in its slate at {@code step}. */
    public static AgentFactory badSlate(long step) {
        return factory("bad-slate", List.of(), context -> new FaultyAgent(step, Fault.SLATE, null));
    }

    /** Never returns from recommend at {@code step}, interrupted or not, until {@code release} opens. */
    public static AgentFactory loops(long step, CountDownLatch release) {
        return factory("loops", List.of(), context -> new FaultyAgent(step, Fault.LOOP, release));
    }

    /** Can be created once (the check before the run), then throws every time. */
    public static AgentFactory createdOnce() {
        AtomicInteger created = new AtomicInteger();
        return factory("created-once", List.of(), context -> {
            if (created.incrementAndGet() > 1) {
                throw new IllegalStateException("no more agents");
            }
            return new FixedAgent();
        });
    }

    /**
     * Plays like {@link #first()} until the {@code nth} agent it creates (the check before the run is the first),
     * which runs out of memory at its first recommendation, as an agent whose tables outgrow the heap does.
     */
    public static AgentFactory outOfMemoryAt(int nth) {
        AtomicInteger created = new AtomicInteger();
        return factory("hungry", List.of(), context -> created.incrementAndGet() != nth ? new FixedAgent()
                : new Agent() {
                    @Override
                    public void recommend(Candidates candidates, int[] slate, int slateSize) {
                        throw new OutOfMemoryError("Java heap space");
                    }

                    @Override
                    public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
                    }
                });
    }

    /** Counts how many agents it created. */
    public static AgentFactory counting(AtomicInteger created) {
        return factory("counting", List.of(), context -> {
            created.incrementAndGet();
            return new FixedAgent();
        });
    }

    /** Recommends one song at a time: refuses a slate of more than one when created, as a factory may refuse. */
    public static AgentFactory singleSong() {
        return factory("single", List.of(), context -> {
            if (context.slateSize() != 1) {
                throw new IllegalArgumentException("single recommends one song: slate must be 1, not "
                        + context.slateSize());
            }
            return new FixedAgent();
        });
    }

    /** A factory named {@code name} declaring {@code parameters}, whose agents {@code create} makes. */
    static AgentFactory factory(String name, List<ParameterSpec> parameters, Function<AgentContext, Agent> create) {
        return new AgentFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "a test agent: " + name;
            }

            @Override
            public List<ParameterSpec> parameters() {
                return parameters;
            }

            @Override
            public Agent create(AgentContext context) {
                return create.apply(context);
            }
        };
    }

    private enum Fault { RECOMMEND, LEARN, SLATE, LOOP }

    private static class FixedAgent implements Agent {
        @Override
        public void recommend(Candidates candidates, int[] slate, int slateSize) {
            for (int p = 0; p < slateSize; p++) {
                slate[p] = p;
            }
        }

        @Override
        public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        }
    }

    private static final class FaultyAgent extends FixedAgent {

        private final long failAt;
        private final Fault fault;
        private final CountDownLatch release;
        private long step;

        FaultyAgent(long failAt, Fault fault, CountDownLatch release) {
            this.failAt = failAt;
            this.fault = fault;
            this.release = release;
        }

        @Override
        public void recommend(Candidates candidates, int[] slate, int slateSize) {
            super.recommend(candidates, slate, slateSize);
            if (++step != failAt) {
                return;
            }
            switch (fault) {
                case RECOMMEND -> throw new IllegalStateException("no idea what to play");
                case SLATE -> slate[1] = slate[0];
                case LOOP -> {
                    while (release.getCount() > 0) {
                        try {
                            release.await();
                        } catch (InterruptedException ignored) {
                            // an agent stuck for good does not stop when asked to
                        }
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
            if (step == failAt && fault == Fault.LEARN) {
                throw new ArithmeticException("reward out of range");
            }
        }
    }

    private static final class RandomAgent implements Agent {

        private final RandomGenerator random;
        private final int[] order;

        RandomAgent(RandomGenerator random, int catalogSize) {
            this.random = random;
            this.order = new int[catalogSize];
        }

        @Override
        public void recommend(Candidates candidates, int[] slate, int slateSize) {
            int size = candidates.size();
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            for (int p = 0; p < slateSize; p++) {
                int pick = p + random.nextInt(size - p);
                int chosen = order[pick];
                order[pick] = order[p];
                order[p] = chosen;
                slate[p] = chosen;
            }
        }

        @Override
        public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
        }
    }

    private static final class LearningAgent implements Agent {

        private final RandomGenerator random;
        private final double rate;
        private final double epsilon;
        private final double[] weights;
        private final double[] scores;
        private final RandomAgent explorer;

        LearningAgent(AgentContext context) {
            this.random = context.random();
            this.rate = context.real("rate");
            this.epsilon = context.real("epsilon");
            this.weights = new double[context.featureDimension()];
            this.scores = new double[context.catalogSize()];
            this.explorer = new RandomAgent(context.random(), context.catalogSize());
        }

        @Override
        public void recommend(Candidates candidates, int[] slate, int slateSize) {
            if (random.nextDouble() < epsilon) {
                explorer.recommend(candidates, slate, slateSize);
                return;
            }
            int d = candidates.dimension();
            double[] x = candidates.features();
            for (int i = 0; i < candidates.size(); i++) {
                double score = 0;
                for (int j = 0; j < d; j++) {
                    score += weights[j] * x[i * d + j];
                }
                scores[i] = score;
            }
            for (int p = 0; p < slateSize; p++) {
                int best = -1;
                for (int i = 0; i < candidates.size(); i++) {
                    if (!taken(slate, p, i) && (best < 0 || scores[i] > scores[best])) {
                        best = i;
                    }
                }
                slate[p] = best;
            }
        }

        private static boolean taken(int[] slate, int filled, int candidate) {
            for (int p = 0; p < filled; p++) {
                if (slate[p] == candidate) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
            int d = candidates.dimension();
            double[] x = candidates.features();
            for (int p = 0; p < slateSize; p++) {
                int row = slate[p] * d;
                double error = rewards[p];
                for (int j = 0; j < d; j++) {
                    error -= weights[j] * x[row + j];
                }
                for (int j = 0; j < d; j++) {
                    weights[j] += rate * error * x[row + j];
                }
            }
        }
    }
}
