package org.ipgraph.nlp.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.NodeRef;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.Fact;
import org.ipgraph.nlp.EntityType;

/**
 * One sentence as the relation rules see it: tokens, lemmas, linked mentions, and helpers
 * to ask what lies between two mentions. Collects the facts the rules find.
 */
final class SentenceView {

	private final Sentence sentence;

	private final List<LinkedMention> mentions;

	private final NodeRef subject;

	private final String modelVersion;

	private final List<Fact> facts;

	private final Map<String, NodeRef> renamed = new HashMap<>();

	private List<LinkedMention> previous = List.of();

	SentenceView(Sentence sentence, List<LinkedMention> mentions, NodeRef subject, String modelVersion,
			List<Fact> facts) {
		this.sentence = sentence;
		this.mentions = mentions;
		this.subject = subject;
		this.modelVersion = modelVersion;
		this.facts = facts;
	}

	Sentence sentence() {
		return this.sentence;
	}

	List<LinkedMention> mentions() {
		return this.mentions;
	}

	/**
	 * The linked mentions of the sentence before, for a subject a pronoun takes up ("It
	 * filed suits against ..."); empty for the first sentence.
	 */
	List<LinkedMention> previous() {
		return this.previous;
	}

	SentenceView previous(List<LinkedMention> mentions) {
		this.previous = mentions;
		return this;
	}

	/**
	 * The node the document is about (a patent, for patent text), or null.
	 */
	NodeRef subject() {
		return this.subject;
	}

	List<LinkedMention> linked(String label) {
		return this.mentions.stream().filter(m -> m.is(label)).toList();
	}

	List<LinkedMention> ofType(EntityType type) {
		return this.mentions.stream().filter(m -> m.mention().type() == type).toList();
	}

	int size() {
		return this.sentence.tokens().length;
	}

	String lower(int token) {
		return this.sentence.tokens()[token].toLowerCase(Locale.ROOT);
	}

	String lemma(int token) {
		return this.sentence.lemma(token);
	}

	/**
	 * Whether a token in [from, to) has one of these lemmas (or lower-case forms).
	 */
	boolean has(int from, int to, Set<String> lemmas) {
		return find(from, to, lemmas) >= 0;
	}

	int find(int from, int to, Set<String> lemmas) {
		for (int i = Math.max(0, from); i < Math.min(to, size()); i++) {
			if (lemmas.contains(lemma(i)) || lemmas.contains(lower(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Whether every token in [from, to) passes the test.
	 */
	boolean all(int from, int to, Predicate<String> test) {
		for (int i = Math.max(0, from); i < Math.min(to, size()); i++) {
			if (!test.test(lower(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Words after a token up to the end of the clause, at most {@code max}, leading
	 * determiners dropped: the topic of "works on ..." or the target of "to support ...".
	 */
	String phraseAfter(int token, int max) {
		int i = token;
		while (i < size() && Set.of("the", "a", "an", "in", "on", "of", "for").contains(lower(i))) {
			i++;
		}
		int start = i;
		while (i < size() && i - start < max && !isClauseEnd(i) && (i == start || !startsMention(i))) {
			i++;
		}
		// a topic ends before a preposition that led to a name: "gene editing at [the
		// University]"
		while (i > start
				&& Set.of("in", "on", "at", "of", "for", "with", "the", "a", "an", "and", "to", "from", "since")
					.contains(lower(i - 1))) {
			i--;
		}
		return i > start ? this.sentence.cover(start, i) : null;
	}

	private boolean startsMention(int token) {
		return this.mentions.stream().anyMatch(m -> m.from() == token);
	}

	private boolean isClauseEnd(int i) {
		String t = lower(i);
		return t.equals(",") || t.equals(".") || t.equals(";") || t.equals(":") || t.equals("(") || t.equals(")")
				|| t.equals("and") && i + 1 < size()
						&& Set.of("the", "a", "to", "will", "was", "is").contains(lower(i + 1))
				|| Set.of("which", "that", "who", "while", "because", "since", "under", "by").contains(t);
	}

	/**
	 * The node a mention stands for, after any re-keying (a person re-keyed to their
	 * organization).
	 */
	NodeRef node(LinkedMention m) {
		NodeRef node = m.node();
		return this.renamed.getOrDefault(node.key(), node);
	}

	void rename(NodeRef from, NodeRef to) {
		this.renamed.put(from.key(), to);
	}

	Map<String, NodeRef> renamed() {
		return this.renamed;
	}

	/**
	 * Records a fact whose evidence spans these mentions.
	 */
	void fact(String type, NodeRef from, NodeRef to, Map<String, Object> properties, double confidence,
			String extractor, LinkedMention... evidence) {
		int start = this.sentence.start();
		int end = this.sentence.end();
		double linkConfidence = 1.0;
		if (evidence.length > 0) {
			start = Integer.MAX_VALUE;
			end = 0;
			for (LinkedMention m : evidence) {
				start = Math.min(start, m.mention().start());
				end = Math.max(end, m.mention().end());
				linkConfidence = Math.min(linkConfidence,
						m.link().confidence() * Math.max(0.5, m.mention().confidence()));
			}
		}
		Map<String, Object> props = new HashMap<>(properties);
		props.values().removeIf(v -> v == null || (v instanceof List<?> list && list.isEmpty()));
		this.facts.add(new Fact(type, from, to, props, this.sentence.index(), start, end,
				Math.round(confidence * Math.min(1.0, linkConfidence + 0.1) * 1000) / 1000.0, extractor));
	}

	String modelVersion() {
		return this.modelVersion;
	}

	static List<String> texts(List<LinkedMention> mentions) {
		List<String> out = new ArrayList<>();
		mentions.forEach(m -> out.add(m.mention().text()));
		return out;
	}

}
