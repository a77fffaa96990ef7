package org.ipgraph.partners;

/**
 * One feature's part in a score.
 *
 * @param feature the feature's key
 * @param value its value for this pair
 * @param contribution what it added to the logit against an average training pair (weight
 * times the standardized value); the components plus the model's intercept make the logit
 * @param meaning what the feature measures
 */
public record ScoreComponent(String feature, double value, double contribution, String meaning) {
}
