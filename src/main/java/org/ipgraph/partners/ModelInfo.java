package org.ipgraph.partners;

import java.util.List;

/**
 * Which model ranked an answer and how it was trained.
 *
 * @param name the link it predicts: collaboration, cites, cited_by, demand
 * @param method smile-logistic-regression, or prior when the graph had too few labelled
 * pairs
 * @param label the training label
 * @param windows years the temporal splits started (features before, labels from then on)
 * @param positives positive training pairs
 * @param negatives negative training pairs
 * @param intercept the logit of an average training pair
 * @param note fallbacks and caveats
 */
public record ModelInfo(String name, String method, String label, List<Integer> windows, int positives, int negatives,
		double intercept, String note) {

	static ModelInfo of(LinearModel model) {
		LinearModel.Training t = model.training();
		return new ModelInfo(model.name(), t.method(), t.label(), t.windows(), t.positives(), t.negatives(),
				model.intercept(), t.note());
	}

}
