package org.ipgraph.demo;

/**
 * Passes a stream on and reports stages and patent progress (every 1% or 1,000 patents).
 */
final class ProgressSink implements DemoSink {

	private final DemoSink next;

	private final DemoProgress progress;

	private final long total;

	private final long step;

	private long patents;

	private String stage = "";

	ProgressSink(DemoSink next, DemoProgress progress, long total) {
		this.next = next;
		this.progress = progress;
		this.total = total;
		this.step = Math.max(1000, total / 100);
	}

	@Override
	public void node(DemoNode node) {
		stage("nodes");
		this.next.node(node);
	}

	@Override
	public void patent(DemoPatent patent) {
		stage("patents");
		this.next.patent(patent);
		if (++this.patents % this.step == 0 || this.patents == this.total) {
			this.progress.patents(this.patents, this.total);
		}
	}

	@Override
	public void relationship(DemoRelationship relationship) {
		stage("relationships");
		this.next.relationship(relationship);
	}

	@Override
	public void finish() {
		stage("finishing");
		this.next.finish();
	}

	private void stage(String name) {
		if (!this.stage.equals(name)) {
			this.stage = name;
			this.progress.stage(name);
		}
	}

}
