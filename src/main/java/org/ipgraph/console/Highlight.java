package org.ipgraph.console;

import org.ipgraph.graph.Redaction;
import org.ipgraph.nlp.evidence.EvidenceReport;

/**
 * A sentence split around the span it is evidence for: the mention or the fact's words.
 * The span's offsets count in the document; a sentence with a known start converts them,
 * one without is taken to start the document's text where the span fits in it. A sentence
 * whose names were withheld is shown without a highlight (its offsets no longer fit).
 *
 * @param sentence the evidence
 * @param before the sentence before the span
 * @param span the span, or empty
 * @param after the rest
 */
public record Highlight(EvidenceReport.EvidenceSentence sentence, String before, String span, String after) {

	public static Highlight of(EvidenceReport.EvidenceSentence e) {
		String text = e.sentence() == null ? "" : e.sentence();
		if (e.start() == null || e.end() == null || text.contains(Redaction.WITHHELD)) {
			return new Highlight(e, text, "", "");
		}
		long offset = e.sentenceStart() == null ? 0 : e.sentenceStart();
		int from = (int) (e.start() - offset);
		int to = (int) (e.end() - offset);
		if (from < 0 || to > text.length() || from >= to) {
			return new Highlight(e, text, "", "");
		}
		return new Highlight(e, text.substring(0, from), text.substring(from, to), text.substring(to));
	}

}
