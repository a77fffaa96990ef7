package org.ipgraph.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo loaded on first start.
 *
 * @param onEmpty load the demo when the graph has no patents ({@code --no-demo} and every
 * command other than serve turn it off)
 * @param patents how many patents
 * @param seed the seed
 * @param noise how blurred the planted signals are
 */
@ConfigurationProperties("ipgraph.demo")
public record DemoProperties(@DefaultValue("true") boolean onEmpty,
		@DefaultValue("" + DemoParameters.DEFAULT_PATENTS) int patents,
		@DefaultValue("" + DemoParameters.DEFAULT_SEED) long seed,
		@DefaultValue("" + DemoParameters.DEFAULT_NOISE) double noise) {

	DemoParameters parameters() {
		return new DemoParameters(this.patents, this.seed, this.noise);
	}

}
