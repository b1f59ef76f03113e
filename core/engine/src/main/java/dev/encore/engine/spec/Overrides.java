package dev.encore.engine.spec;

import java.util.Optional;

/**
 * Values the command line puts in place of the spec's ({@code --episodes}, {@code --steps}, {@code --seed}), each
 * optional and checked like the spec's own.
 *
 * @param episodes episodes per agent
 * @param steps steps per episode as typed: a number or {@code all}
 * @param seed the experiment's seed
 */
public record Overrides(Optional<Long> episodes, Optional<String> steps, Optional<Long> seed) {

    /** Nothing overridden: the spec as written. */
    public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty(), Optional.empty());

    /** The command line's values; any of them may be null when not given. */
    public static Overrides of(Long episodes, String steps, Long seed) {
        return new Overrides(Optional.ofNullable(episodes), Optional.ofNullable(steps), Optional.ofNullable(seed));
    }
}
