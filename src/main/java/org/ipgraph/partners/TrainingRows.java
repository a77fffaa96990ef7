package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled feature rows for a logistic regression, in the order they are added, with the
 * positives counted.
 */
final class TrainingRows {

	final List<double[]> rows = new ArrayList<>();

	final List<Integer> labels = new ArrayList<>();

	int positives;

	void positive(double[] row) {
		this.rows.add(row);
		this.labels.add(1);
		this.positives++;
	}

	void negative(double[] row) {
		this.rows.add(row);
		this.labels.add(0);
	}

	int negatives() {
		return this.rows.size() - this.positives;
	}

}
