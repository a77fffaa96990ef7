package org.ipgraph.nlp.relations;

import java.util.List;
import java.util.Locale;
import org.ipgraph.nlp.Sentence;

/**
 * Words that signal a relation worth lemmatizing a sentence for.
 */
public final class RelationTriggers {

	private static final List<String> STEMS = List.of("award", "fund", "support", "sponsor", "grant", "contract",
			"acquir", "assign", "purchas", "bought", "licens", "sue", "sued", "infring", "lawsuit", "complaint",
			"launch", "partner", "joint", "issu", "publish", "releas", "adopt", "announc", "enact", "promulgat", "work",
			"specializ", "expert", "research", "professor", "director", "officer", "founder", "president", "chair",
			"head", "invent", "target", "aim", "provid", "allocat", "invest", "troll", "assert", "non-practi", "npe",
			"monetiz", "aggregat");

	private RelationTriggers() {
	}

	public static boolean mayRelate(Sentence sentence) {
		for (String token : sentence.tokens()) {
			String t = token.toLowerCase(Locale.ROOT);
			for (String stem : STEMS) {
				if (t.startsWith(stem)) {
					return true;
				}
			}
		}
		return false;
	}

}
