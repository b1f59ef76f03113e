/**
 * The {@code ucb1} and {@code thompson} agents: bandits with one arm per song that keep each song's reward
 * statistics and ignore features and listeners. UCB1 follows Auer, Cesa-Bianchi and Fischer, "Finite-time analysis of
 * the multiarmed bandit problem", Machine Learning 47, 2002; Gaussian Thompson sampling follows Agrawal and Goyal,
 * "Further optimal regret bounds for Thompson sampling", AISTATS 2013. Listed in
 * {@code META-INF/services/dev.encore.spi.AgentFactory}; loaded like any other plugin.
 */
package dev.encore.agents.songs;
