package org.ipgraph.evaluation.policies;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ipgraph.policies.Applicant;

/**
 * The keyword-overlap baseline: the share of an organization's words (its name, kind,
 * country and CPC subclasses) that the policy's text contains; eligible above a threshold
 * chosen on the dev pairs.
 */
final class KeywordBaseline {

	record Scored(double overlap, boolean eligible) {
	}

	private static final Set<String> STOP = Set.of("the", "of", "and", "inc", "co", "ltd", "llc", "corp", "sa", "ag",
			"gmbh", "company", "corporation", "limited", "technology", "technologies");

	private KeywordBaseline() {
	}

	static double overlap(Applicant applicant, String text) {
		if (text == null) {
			return 0;
		}
		Set<String> words = words(text);
		Set<String> profile = new LinkedHashSet<>(words(applicant.name()));
		if (applicant.kind() != null) {
			profile.add(applicant.kind());
			if (applicant.kind().equals("company")) {
				profile.add("companies");
				profile.add("enterprises");
				profile.add("businesses");
			}
		}
		if (applicant.country() != null) {
			profile.addAll(words(Locale.of("", applicant.country()).getDisplayCountry(Locale.ENGLISH)));
		}
		applicant.cpc().forEach(c -> profile.add(c.toLowerCase(Locale.ROOT)));
		if (profile.isEmpty()) {
			return 0;
		}
		return (double) profile.stream().filter(words::contains).count() / profile.size();
	}

	/**
	 * The threshold with the best accuracy on scored pairs.
	 */
	static double threshold(List<Scored> scored) {
		double best = 0;
		long bestRight = -1;
		for (Scored candidate : scored) {
			double t = candidate.overlap();
			long right = scored.stream().filter(s -> (s.overlap() >= t) == s.eligible()).count();
			if (right > bestRight) {
				bestRight = right;
				best = t;
			}
		}
		return best;
	}

	private static Set<String> words(String text) {
		Set<String> out = new LinkedHashSet<>();
		for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (w.length() > 1 && !STOP.contains(w)) {
				out.add(w);
			}
		}
		return out;
	}

}
