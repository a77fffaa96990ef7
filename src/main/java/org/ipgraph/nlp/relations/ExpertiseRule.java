package org.ipgraph.nlp.relations;

import java.util.List;
import java.util.Map;
import org.ipgraph.nlp.LinkedMention;

/**
 * Expertise: "Jane Doe works on gait sensors", "she is an expert in video coding", "his
 * research focuses on battery chemistry". EXPERT_IN goes to the CPC technology whose
 * title best matches the topic when the graph has one; the topic is kept either way.
 */
final class ExpertiseRule implements RelationRule {

	private static final List<String> TRIGGERS = List.of("works on", "working on", "worked on", "work on",
			"specializes in", "specialises in", "specialized in", "specializing in", "specialising in",
			"is an expert in", "is an expert on", "expert in", "expertise in", "research focuses on",
			"research focuses on", "focuses on", "research interests include", "research interests are", "researches",
			"is known for work on", "has worked on", "is working on", "develops");

	@Override
	public void apply(SentenceView view) {
		List<LinkedMention> people = view.linked("Person");
		for (int p = 0; p < people.size(); p++) {
			LinkedMention person = people.get(p);
			int limit = p + 1 < people.size() ? people.get(p + 1).from() : view.size();
			for (int i = person.to(); i < Math.min(limit, person.to() + 14); i++) {
				int end = trigger(view, i);
				if (end > 0) {
					String topic = view.phraseAfter(end, 10);
					if (topic != null && topic.length() > 2) {
						view.fact("EXPERT_IN", view.node(person), null, Map.of("topic", topic, "source", "text"), 0.7,
								"rule:expertise", person);
					}
					break;
				}
			}
		}
	}

	private static int trigger(SentenceView view, int i) {
		for (String trigger : TRIGGERS) {
			String[] words = trigger.split(" ");
			if (i + words.length > view.size()) {
				continue;
			}
			boolean match = true;
			for (int k = 0; k < words.length && match; k++) {
				match = view.lower(i + k).equals(words[k]);
			}
			if (match) {
				return i + words.length;
			}
		}
		return -1;
	}

}
