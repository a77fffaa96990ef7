package org.ipgraph.nlp.relations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.nlp.NodeRef;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.EntityType;

/**
 * Lawsuits: "X sued Y for infringing U.S. Pat. No. 7,654,321 in the U.S. District Court
 * for the Eastern District of Texas on March 3, 2015", "X filed a complaint against Y",
 * "Y was sued by X", "X v. Y". Makes a LitigationCase (keyed by docket number when the
 * text gives one) with PLAINTIFF_IN, DEFENDANT_IN and ASSERTED_IN.
 */
final class LitigationRule implements RelationRule {

	private static final Set<String> SUE = Set.of("sue", "sued", "suing", "sues");

	private static final Set<String> SUIT = Set.of("suit", "lawsuit", "complaint", "action", "case", "petition");

	private static final Pattern COURT = Pattern.compile(
			"(?i).*\\b(court|district|circuit|international trade commission|itc|ptab|patent trial|tribunal)\\b.*");

	private static final Pattern DOCKET = Pattern
		.compile("\\b(\\d:\\d{2}-[a-z]{2}-\\d{3,6})\\b|\\b(IPR\\d{4}-\\d{5})\\b");

	private static final Map<String, String> COURTS = Map.of("eastern district of texas", "txed",
			"western district of texas", "txwd", "district of delaware", "ded", "northern district of california",
			"cand", "central district of california", "cacd", "southern district of new york", "nysd",
			"northern district of illinois", "ilnd", "district of new jersey", "njd");

	@Override
	public void apply(SentenceView view) {
		List<LinkedMention> organizations = view.linked("Organization");
		LinkedMention court = organizations.stream()
			.filter(o -> COURT.matcher(o.mention().text()).matches())
			.findFirst()
			.orElse(null);
		List<LinkedMention> parties = organizations.stream().filter(o -> o != court).toList();
		for (int i = 0; i < parties.size(); i++) {
			for (int j = i + 1; j < parties.size(); j++) {
				LinkedMention a = parties.get(i);
				LinkedMention b = parties.get(j);
				int from = a.to();
				int to = b.from();
				if (to - from > 12) {
					continue;
				}
				if (view.has(from, to, SUE) && view.has(to - 2, to, Set.of("by"))) {
					lawsuit(view, b, a, court);
				}
				else if (view.has(from, to, SUE) || view.has(from, to, SUIT) && view.has(to - 2, to, Set.of("against"))
						|| view.all(from, to, t -> t.equals("v.") || t.equals("vs.") || t.equals("v"))
								&& to - from == 1) {
					lawsuit(view, a, b, court);
				}
			}
		}
	}

	private static void lawsuit(SentenceView view, LinkedMention plaintiff, LinkedMention defendant,
			LinkedMention court) {
		Map<String, Object> props = new HashMap<>();
		String title = plaintiff.node().name() + " v. " + defendant.node().name();
		props.put("title", title);
		props.put("origin", "text");
		LocalDate filed = null;
		for (LinkedMention date : view.ofType(EntityType.DATE)) {
			filed = Values.date(date.mention().text()).orElse(null);
			if (filed != null) {
				props.put("filedOn", filed);
				break;
			}
		}
		String courtName = court != null ? court.mention().text() : null;
		if (courtName != null) {
			props.put("court", courtName);
		}
		props.put("caseType", caseType(view.sentence().text(), courtName));
		String id = id(view.sentence().text(), courtName, plaintiff, defendant, filed);
		NodeRef lawsuit = new NodeRef("LitigationCase", id, title, props);
		LinkedMention[] evidence = court != null ? new LinkedMention[] { plaintiff, defendant, court }
				: new LinkedMention[] { plaintiff, defendant };
		view.fact("PLAINTIFF_IN", view.node(plaintiff), lawsuit, Map.of("role", "plaintiff"), 0.8, "rule:litigation",
				evidence);
		view.fact("DEFENDANT_IN", view.node(defendant), lawsuit, Map.of("role", "defendant"), 0.8, "rule:litigation",
				evidence);
		for (LinkedMention patent : view.linked("Patent")) {
			view.fact("ASSERTED_IN", view.node(patent), lawsuit, Map.of(), 0.75, "rule:litigation", plaintiff, patent);
		}
	}

	private static String caseType(String sentence, String court) {
		String text = (sentence + " " + (court == null ? "" : court)).toLowerCase(Locale.ROOT);
		if (text.contains("inter partes") || text.contains("ptab") || text.contains("ipr")) {
			return "ipr";
		}
		return text.contains("international trade commission") || text.contains(" itc") ? "itc" : "civil";
	}

	private static String id(String sentence, String court, LinkedMention plaintiff, LinkedMention defendant,
			LocalDate filed) {
		Matcher docket = DOCKET.matcher(sentence);
		if (docket.find()) {
			if (docket.group(2) != null) {
				return docket.group(2);
			}
			String courtKey = court == null ? null
					: COURTS.entrySet()
						.stream()
						.filter(e -> OrganizationNames.plainKey(court).contains(e.getKey()))
						.map(Map.Entry::getValue)
						.findFirst()
						.orElse(null);
			return (courtKey != null ? courtKey : "case") + ":" + docket.group(1);
		}
		return "text:" + plaintiff.node().id() + " v " + defendant.node().id()
				+ (filed != null ? ":" + filed.getYear() : "");
	}

}
