/**
 * The {@code linucb} agent: LinUCB with a shared linear model (Li, Chu, Langford and Schapire, "A contextual-bandit
 * approach to personalized news article recommendation", WWW 2010). Listed in
 * {@code META-INF/services/dev.encore.spi.AgentFactory}; loaded like any other plugin.
 */
package dev.encore.agents.linucb;
