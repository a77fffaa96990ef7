package org.ipgraph.valuation;

import java.time.LocalDate;
import java.util.List;

/**
 * A patent's value indicator, explained.
 *
 * @param number the patent
 * @param value the model's probability that the patent proves valuable (is litigated,
 * reassigned, declared essential or grows a large family within the horizon), 0 to 1
 * @param percentile share of the graph's patents valued lower, 0 to 100
 * @param logit the log-odds: the intercept plus every contribution
 * @param intercept the log-odds of a patent at the model's means
 * @param components each component: what the graph shows and what it added to the
 * log-odds
 * @param model {@code model} (fitted on the graph's past) or {@code prior} (hand-set)
 * @param training how the model was trained
 * @param asOf the date the facts were read at
 */
public record PatentValue(String number, double value, double percentile, double logit, double intercept,
		List<Component> components, String model, String training, LocalDate asOf) {

	/**
	 * One component of the value.
	 *
	 * @param signal the component's key
	 * @param description what it counts
	 * @param shown what the graph shows
	 * @param contribution what it added to the log-odds (weight times standardized value)
	 */
	public record Component(String signal, String description, String shown, double contribution) {
	}

}
