/**
 * The {@code mf} agent: matrix factorisation of the listener x song ratings by alternating least squares (Zhou,
 * Wilkinson, Schreiber and Pan, "Large-scale parallel collaborative filtering for the Netflix prize", AAIM 2008),
 * with exploration by epsilon-greedy, an upper confidence bound or Thompson sampling on the listener's posterior
 * (Zhao, Zhang and Wang, "Interactive collaborative filtering", CIKM 2013). Listed in
 * {@code META-INF/services/dev.encore.spi.AgentFactory}; loaded like any other plugin.
 */
package dev.encore.agents.mf;
