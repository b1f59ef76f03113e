/**
 * Building blocks of the built-in agents, allocation-free on the step path: {@link
 * dev.encore.agents.kit.RidgeRegression} (a linear model learnt one observation at a time), {@link
 * dev.encore.agents.kit.TopK} (the best candidates, ties broken at random), {@link
 * dev.encore.agents.kit.UnchosenCandidates} (uniform draws among the candidates not yet in a slate) and {@link
 * dev.encore.agents.kit.FeatureMap} with {@link dev.encore.agents.kit.FeatureRows} (what a linear model is learnt
 * on: the features as they are, or with every listener x song product, chosen by the {@code features} parameter).
 *
 * <p>Plugins cannot see one another, so this is not a plugin: each built-in plugin jar bundles a copy of it.
 */
package dev.encore.agents.kit;
