package org.ipgraph.nlp.training;

import org.ipgraph.nlp.EntityType;

/**
 * A labelled stretch of a sentence, in characters.
 */
record CharLabel(int start, int end, EntityType type) {

	int length() {
		return this.end - this.start;
	}

	boolean overlaps(CharLabel other) {
		return this.start < other.end && other.start < this.end;
	}

}
