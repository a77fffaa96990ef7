package org.ipgraph.nlp.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.NodeRef;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.Fact;
import org.ipgraph.nlp.AnnotatedText;

/**
 * Runs the relation rules over each sentence, with its linked mentions. Pure: the same
 * annotated, linked text always gives the same facts.
 */
public final class RelationExtractor {

	private final List<RelationRule> rules = List.of(new FundingRule(), new PolicyRule(), new TransactionRule(),
			new LitigationRule(), new AffiliationRule(), new ExpertiseRule(), new NpeDescriptionRule());

	/**
	 * Facts and the nodes re-keyed on the way (people keyed to the organization they work
	 * at).
	 */
	public record Result(List<Fact> facts, Map<String, NodeRef> renamed) {
	}

	/**
	 * @param text the annotated text
	 * @param mentions its mentions with links, in text order
	 * @param subject what the document is about (a patent), or null
	 * @param modelVersion the NER model version, recorded with each fact
	 */
	public Result extract(AnnotatedText text, List<LinkedMention> mentions, NodeRef subject, String modelVersion) {
		List<Fact> facts = new ArrayList<>();
		Map<String, NodeRef> renamed = new HashMap<>();
		Map<Integer, List<LinkedMention>> bySentence = new HashMap<>();
		for (LinkedMention m : mentions) {
			bySentence.computeIfAbsent(m.mention().sentence(), k -> new ArrayList<>()).add(m);
		}
		// every sentence, in order: a rule may find parties the name finder missed
		// ("Timeline sues Cognos")
		List<LinkedMention> previous = List.of();
		for (Sentence sentence : text.sentences()) {
			List<LinkedMention> linked = bySentence.getOrDefault(sentence.index(), List.of());
			SentenceView view = new SentenceView(sentence, linked, subject, modelVersion, facts).previous(previous);
			previous = linked;
			view.renamed().putAll(renamed);
			for (RelationRule rule : this.rules) {
				rule.apply(view);
			}
			renamed.putAll(view.renamed());
		}
		facts.sort(java.util.Comparator.comparingInt(Fact::start));
		return new Result(facts, renamed);
	}

}
