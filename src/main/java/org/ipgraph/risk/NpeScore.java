package org.ipgraph.risk;

import java.util.List;

/**
 * An owner's NPE score with its explanation.
 *
 * @param probability the probability of being an NPE
 * @param npe whether it reaches the threshold
 * @param method {@code model} (the classifier) or {@code rules} (the fallback)
 * @param version the model or rules version
 * @param reason why this method was used
 * @param baseline the log-odds before any signal (the intercept)
 * @param signals every signal's value and contribution, largest contribution first
 */
public record NpeScore(double probability, boolean npe, String method, String version, String reason, double baseline,
		List<SignalValue> signals) {

	/**
	 * One signal of one owner.
	 *
	 * @param signal the signal key
	 * @param description what it measures
	 * @param value the feature value
	 * @param shown the value in words ({@code 7 suits})
	 * @param contribution its contribution to the log-odds
	 */
	public record SignalValue(String signal, String description, double value, String shown, double contribution) {
	}

}
