package org.ipgraph.providers;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One piece of a provider's track record read from the graph.
 *
 * @param kind {@code case} (a litigation case it represented a side in), {@code record}
 * (a recorded assignment it handled) or {@code text} (a sentence naming it as an
 * evaluator, bank or agency)
 * @param id the case, legal event or evidence key
 * @param side {@code plaintiff}, {@code defendant}, {@code petitioner},
 * {@code patent_owner}, {@code correspondent}, or the kind a text gives
 * ({@code evaluator}, {@code bank}, {@code agency}, {@code law_firm})
 * @param type the case type ({@code civil}, {@code ipr}) or the event type
 * ({@code reassignment}, {@code license}...)
 * @param on when: the case's filing, the assignment's date; null when unknown
 * @param court the court code ({@code txed}, {@code ptab}) or null
 * @param outcome the case's outcome as the graph states it, or null
 * @param cpc CPC subclasses of the patents in the matter
 * @param clients organizations on the provider's side (keys)
 * @param source the source record: ingest source and, for texts, the sentence
 */
record Matter(String kind, String id, String side, String type, LocalDate on, String court, String outcome,
		List<String> cpc, List<String> clients, String source) implements Serializable {

	Matter {
		cpc = cpc == null ? List.of() : cpc;
		clients = clients == null ? List.of() : clients;
	}

	/** Whether one of the matter's CPC symbols lies in {@code area} or contains it. */
	boolean in(String area) {
		for (String symbol : this.cpc) {
			if (symbol.startsWith(area) || area.startsWith(symbol)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * +1 when the outcome favours the provider's side, -1 when it goes against it, else
	 * 0.
	 */
	int outcomeForSide() {
		return Outcomes.forSide(this.outcome, this.side);
	}

}
