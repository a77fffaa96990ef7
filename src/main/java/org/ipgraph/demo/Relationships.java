package org.ipgraph.demo;

import java.util.HashSet;
import java.util.Set;

/**
 * Emits relationships at most once per type and pair of nodes, as MERGE would keep them:
 * the first one wins.
 */
final class Relationships {

	private final DemoSink sink;

	private final Set<String> seen = new HashSet<>();

	Relationships(DemoSink sink) {
		this.sink = sink;
	}

	boolean add(String type, String fromLabel, String from, String toLabel, String to, Object... properties) {
		if (!this.seen.add(type + '\u0000' + fromLabel + '\u0000' + from + '\u0000' + toLabel + '\u0000' + to)) {
			return false;
		}
		this.sink.relationship(new DemoRelationship(type, fromLabel, from, toLabel, to, Props.of(properties)));
		return true;
	}

}
