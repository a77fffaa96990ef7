package org.ipgraph.nlp;

/**
 * A mention with its link.
 */
public record LinkedMention(Mention mention, Link link) {

	public boolean is(String label) {
		return this.link.resolved() && this.link.entity().label().equals(label);
	}

	public NodeRef node() {
		return NodeRef.of(this.link.entity());
	}

	public int from() {
		return this.mention.tokenStart();
	}

	public int to() {
		return this.mention.tokenEnd();
	}

}
