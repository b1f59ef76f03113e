/**
 * The {@code mf} agent: matrix factorisation of the listener x song ratings by alternating least squares (Zhou,
 * Wilkinson, Schreiber and Pan, "Large-scale parallel collaborative filtering for the Netflix prize", AAIM 2008),
 * exploring by an upper confidence bound on both the listener's and the song's posterior (Wang, Wu and Wang,
 * "Factorization bandits for interactive recommendation", AAAI 2017), by Thompson sampling from them (as Zhao, Zhang
 * and Wang, "Interactive collaborative filtering", CIKM 2013, do from the listener's) or epsilon-greedy. Listed in
 * {@code META-INF/services/dev.encore.spi.AgentFactory}; loaded like any other plugin.
 */
package dev.encore.agents.mf;
