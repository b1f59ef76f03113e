/**
 * The {@code disjoint-linucb} and {@code hybrid-linucb} agents: LinUCB with disjoint and with hybrid linear models
 * (Li, Chu, Langford and Schapire, "A contextual-bandit approach to personalized news article recommendation", WWW
 * 2010, Algorithms 1 and 2), with listeners in the place of the paper's arms: a listener's taste is kept apart, the
 * songs are the candidates scored with it. Listed in {@code META-INF/services/dev.encore.spi.AgentFactory}; loaded
 * like any other plugin.
 */
package dev.encore.agents.perlistener;
