package org.ipgraph.demo;

import java.util.Map;

/**
 * A node the generator emits, other than patents and the people it derives from them.
 *
 * @param label the node label
 * @param key the value of the label's key property ({@code id}, or {@code symbol} for
 * Technology)
 * @param properties further properties, none null
 */
public record DemoNode(String label, String key, Map<String, Object> properties) {

	public DemoNode {
		properties = Map.copyOf(properties);
	}

}
