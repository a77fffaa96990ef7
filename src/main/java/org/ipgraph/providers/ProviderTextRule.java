package org.ipgraph.providers;

import java.util.regex.Pattern;

import org.ipgraph.graph.OrganizationNames;

/**
 * Which provider an organization named in a sentence is, if any (pure). The sentence must
 * be about IP (patents, intellectual property, licences, pledges, collateral, valuation).
 * Then:
 * <ul>
 * <li>{@code bank}, {@code agency}, {@code law_firm}: the name says so
 * ({@link OrganizationNames#serviceType}: "Hanse Bank", "Acme IP Agency", "Roe Patent
 * Attorneys");</li>
 * <li>{@code evaluator}: the name is an appraiser's or valuer's ("Ocean Tomo Valuation",
 * "Patent Appraisal Partners"), or the sentence says the organization valued, appraised
 * or assessed something ("X appraised the portfolio", "valued by X").</li>
 * </ul>
 * Anything else is no provider.
 */
final class ProviderTextRule {

	private static final Pattern IP = Pattern
		.compile("(?i)\\b(patents?|patent portfolio|intellectual property|ip|licen[cs]\\w*|pledge\\w*|collateral|"
				+ "valuation|apprais\\w*|trademarks?)\\b");

	private static final Pattern EVALUATOR_NAME = Pattern
		.compile("(?i)\\b(valuation|valuations|appraisal|appraisals|appraisers?|valuers?|evaluation|evaluators?)\\b");

	// right after the name: "X (has) valued / appraised / assessed / evaluated"
	private static final Pattern DID_VALUE = Pattern.compile(
			"(?i)^[\\s,]*(?:\\([^)]*\\)\\s*)?(?:has\\s+|have\\s+|had\\s+)?(?:independently\\s+)?(valued|appraised|assessed|evaluated|"
					+ "performed the valuation|carried out the valuation|conducted the valuation)\\b");

	// right before the name: "valued / appraised ... by (the)"
	private static final Pattern VALUED_BY = Pattern.compile(
			"(?i)\\b(valued|appraised|assessed|evaluated|valuation|appraisal)\\b(?:\\s+[\\w$.,-]+){0,4}?\\s+by\\s+(?:the\\s+)?$");

	private ProviderTextRule() {
	}

	/**
	 * @param name the organization as named
	 * @param sentence the sentence
	 * @param start where the name starts in the sentence
	 * @param end where it ends in the sentence
	 * @return {@code bank}, {@code agency}, {@code law_firm}, {@code evaluator} or null
	 */
	static String kind(String name, String sentence, int start, int end) {
		if (name == null || sentence == null || !IP.matcher(sentence).find()) {
			return null;
		}
		String type = OrganizationNames.serviceType(name);
		if (type != null && !type.equals("exchange")) {
			return type;
		}
		if (EVALUATOR_NAME.matcher(name).find()) {
			return "evaluator";
		}
		int s = Math.max(0, Math.min(start, sentence.length()));
		int e = Math.max(s, Math.min(end, sentence.length()));
		if (DID_VALUE.matcher(sentence.substring(e)).find() || VALUED_BY.matcher(sentence.substring(0, s)).find()) {
			return "evaluator";
		}
		return null;
	}

}
