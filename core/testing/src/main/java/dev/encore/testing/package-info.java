/**
 * A test kit for agents: create an agent as Encore creates it for a trial ({@link dev.encore.testing.AgentFixture}),
 * show it candidates ({@link dev.encore.testing.TestCandidates}), play it on the seed notebook's environment
 * ({@link dev.encore.testing.NotebookTrial}) and check random choices for uniformity
 * ({@link dev.encore.testing.Uniformity}). Only the SPI's types appear in its signatures, so tests written with it
 * do not depend on the engine's internals.
 */
package dev.encore.testing;
