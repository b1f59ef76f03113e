/**
 * The baseline agents: {@code random}, {@code greedy} (ridge regression on the features) and {@code epsilon-greedy}.
 * Listed in {@code META-INF/services/dev.encore.spi.AgentFactory}; loaded like any other plugin.
 */
package dev.encore.agents.baseline;
