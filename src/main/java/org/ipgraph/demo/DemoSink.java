package org.ipgraph.demo;

/**
 * Receives a generated ecosystem as a stream, in dependency order: nodes first, then
 * patents in filing order, then the relationships between keyed nodes. A sink may write
 * as it goes; nothing needs the whole ecosystem in memory.
 */
public interface DemoSink {

	void node(DemoNode node);

	void patent(DemoPatent patent);

	void relationship(DemoRelationship relationship);

	/**
	 * Called once after the last item.
	 */
	default void finish() {
	}

}
