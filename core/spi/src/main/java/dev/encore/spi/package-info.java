/**
 * The contract between Encore and its agent plugins.
 *
 * <p>A plugin is a jar that lists one or more {@link dev.encore.spi.AgentFactory} implementations in
 * {@code META-INF/services/dev.encore.spi.AgentFactory}. Encore finds them with {@link java.util.ServiceLoader},
 * each plugin in a class loader of its own that sees this package and the JDK, nothing else of the host.
 *
 * <p>At each step of an episode Encore hands an {@link dev.encore.spi.Agent} the current {@link
 * dev.encore.spi.Candidates} and a slate to fill, then the rewards of that slate to learn from. Every array
 * passed in is owned by Encore and reused from step to step, so the loop allocates nothing; an agent must not keep
 * references to them past the call, nor write to any array but the slate it is asked to fill.
 *
 * <h2>Compatibility</h2>
 * Within a major version of {@code encore-spi}, a plugin compiled against an earlier minor version keeps working:
 * types and methods are never removed or changed in meaning; methods added to an interface that plugins implement
 * always come with a default implementation. This package depends on the JDK alone and always will.
 */
package dev.encore.spi;
