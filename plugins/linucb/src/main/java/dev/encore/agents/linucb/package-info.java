/**
 * Two agents over one shared linear model: {@code linucb}, LinUCB (Li, Chu, Langford and Schapire, "A
 * contextual-bandit approach to personalized news article recommendation", WWW 2010), and {@code lin-ts}, linear
 * Thompson sampling (Agrawal and Goyal, "Thompson sampling for contextual bandits with linear payoffs", ICML 2013).
 * Listed in {@code META-INF/services/dev.encore.spi.AgentFactory}; loaded like any other plugin.
 */
package dev.encore.agents.linucb;
