package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Combines the name finder's mentions with the gazetteer's into one non-overlapping list.
 * A known name wins over a statistical span that cuts through it, or that runs two known
 * names together ("NSF and DOE"); a statistical span that adds words to one known name
 * ("Naval Surface Warfare Center Crane") is kept, being the more complete name.
 */
final class MentionMerger {

	private static final double TRUSTED = 0.6;

	private MentionMerger() {
	}

	static List<Mention> merge(List<Mention> names, List<Mention> known, double minConfidence) {
		return merge(names, known, minConfidence, null);
	}

	/**
	 * @param sentence the sentence, to trim award words off organization names; null to
	 * leave them
	 */
	static List<Mention> merge(List<Mention> names, List<Mention> known, double minConfidence, Sentence sentence) {
		if (sentence != null) {
			names = MentionRepairs.repair(names, sentence);
			known = MentionRepairs.repair(known, sentence);
		}
		List<Mention> out = new ArrayList<>(known);
		List<Mention> dropKnown = new ArrayList<>();
		for (Mention name : names) {
			if (name.confidence() < minConfidence) {
				continue;
			}
			List<Mention> overlapping = known.stream().filter(name::overlaps).toList();
			if (overlapping.isEmpty()) {
				out.add(name);
				continue;
			}
			boolean containsAll = overlapping.stream().allMatch(k -> contains(name, k));
			if (overlapping.size() == 1 && same(name, overlapping.get(0))) {
				Mention k = overlapping.get(0);
				dropKnown.add(k);
				out.add(new Mention(k.type(), k.text(), k.sentence(), k.tokenStart(), k.tokenEnd(), k.start(), k.end(),
						Math.max(k.confidence(), name.confidence()), "ner+gazetteer"));
			}
			else if (overlapping.size() == 1 && containsAll && name.confidence() >= TRUSTED) {
				dropKnown.add(overlapping.get(0));
				out.add(name);
			}
			// otherwise the known names stand: the span crosses one, or joins several
		}
		out.removeAll(dropKnown);
		out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::length, Comparator.reverseOrder()));
		List<Mention> clean = new ArrayList<>(out.size());
		for (Mention m : out) {
			if (clean.isEmpty() || !clean.get(clean.size() - 1).overlaps(m)) {
				clean.add(m);
			}
		}
		return clean;
	}

	private static boolean same(Mention a, Mention b) {
		return a.tokenStart() == b.tokenStart() && a.tokenEnd() == b.tokenEnd();
	}

	private static boolean contains(Mention outer, Mention inner) {
		return outer.tokenStart() <= inner.tokenStart() && inner.tokenEnd() <= outer.tokenEnd();
	}

}
