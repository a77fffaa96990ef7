package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Short English documents about the actors, as evidence for later text features: expert
 * biographies, fund announcements, lawsuit news, policy notices and partnership news.
 * Each records where it mentions whom, with the sentence and character offsets.
 */
final class Stories {

	final List<Story> stories = new ArrayList<>();

	private final String prefix;

	/**
	 * A document.
	 */
	record Story(String id, String title, String type, LocalDate publishedOn, String text, List<Mention> mentions) {
	}

	/**
	 * A mention of a keyed node in a document.
	 */
	record Mention(String label, String key, String sentence, int start, int end) {
	}

	Stories(String documentId) {
		this.prefix = documentId;
	}

	void biography(Experts.Expert expert, SplittableRandom random) {
		String name = expert.name().display();
		Field field = expert.org().field != null ? expert.org().field : Field.VIDEO;
		List<String> text = List.of(
				end(name + " is " + article(expert.role()) + " " + expert.role() + " at " + expert.org().name),
				name.split(" ")[0] + " works on " + field.label + ", in particular "
						+ field.topics.get(random.nextInt(field.topics.size())).phrases().get(0) + ".",
				expert.inventor() >= 0 ? "The work has led to several patents."
						: "The work includes advice to companies and public programs.");
		add("bio", "Profile: " + name, "biography", LocalDate.of(2023, 1, 1).plusDays(random.nextInt(600)), text,
				mention("Person", expert.id(), name), mention("Organization", expert.org().key, expert.org().name));
	}

	void fund(Funding.Fund fund) {
		String awardees = fund.awards().stream().map(a -> a.org().name).collect(Collectors.joining(", "));
		List<String> text = List.of(
				fund.agency().name + " announced the " + fund.name() + " for research in " + fund.field().label + ".",
				fund.awards().isEmpty() ? "No awards have been made yet."
						: "Awards went to " + awardees + ", totalling "
								+ String.format(Locale.ROOT, "%,.0f", fund.amount()) + " " + fund.currency() + ".");
		List<Mention> mentions = new ArrayList<>();
		mentions.add(mention("Organization", fund.agency().key, fund.agency().name));
		mentions.add(mention("Fund", fund.id(), fund.name()));
		fund.awards().forEach(a -> mentions.add(mention("Organization", a.org().key, a.org().name)));
		add("fund", "Award announcement: " + fund.name(), "fund announcement", fund.announced(), text,
				mentions.toArray(Mention[]::new));
	}

	void lawsuit(Litigation.Case civil) {
		String defendants = civil.defendants().stream().map(d -> d.name).collect(Collectors.joining(" and "));
		String patents = civil.patents()
			.stream()
			.map(p -> "US " + (Plan.FIRST_NUMBER + p.index))
			.collect(Collectors.joining(", "));
		List<String> text = List.of(
				civil.plaintiff().name + " filed a patent infringement suit against " + defendants + " on "
						+ civil.filed() + ", asserting " + patents + ".",
				civil.plaintiff().address != null
						? civil.plaintiff().name + " lists its address as " + civil.plaintiff().address + "."
						: civil.plaintiff().name + " makes products in this field.");
		List<Mention> mentions = new ArrayList<>();
		mentions.add(mention("Organization", civil.plaintiff().key, civil.plaintiff().name));
		civil.defendants().forEach(d -> mentions.add(mention("Organization", d.key, d.name)));
		add("news", civil.plaintiff().name + " sues " + defendants, "news", civil.filed().plusDays(3), text,
				mentions.toArray(Mention[]::new));
	}

	void policy(Agenda.Policy policy) {
		List<String> text = List.of(
				policy.agency().name + " issued the " + policy.title() + " on " + policy.issuedOn() + ".",
				"The " + policy.kind() + " supports companies in " + policy.region() + ".");
		add("policy", policy.title(), "policy notice", policy.issuedOn(), text,
				mention("Organization", policy.agency().key, policy.agency().name),
				mention("Policy", policy.id(), policy.title()));
	}

	void partnership(Partners.Partnership partnership) {
		List<String> text = List.of(partnership.a().name + " and " + partnership.b().name + " announced a "
				+ partnership.what() + " on " + partnership.on() + ".");
		add("news", partnership.a().name + " and " + partnership.b().name + " announce a " + partnership.what(), "news",
				partnership.on(), text, mention("Organization", partnership.a().key, partnership.a().name),
				mention("Organization", partnership.b().key, partnership.b().name));
	}

	private void add(String kind, String title, String type, LocalDate date, List<String> sentences,
			Mention... mentions) {
		String id = this.prefix + ":" + kind + "-" + (this.stories.size() + 1);
		Map<String, Mention> located = new LinkedHashMap<>();
		for (Mention mention : mentions) {
			int offset = 0;
			for (String sentence : sentences) {
				int at = sentence.indexOf(mention.sentence());
				if (at >= 0) {
					located.putIfAbsent(mention.label() + "|" + mention.key(), new Mention(mention.label(),
							mention.key(), sentence, offset + at, offset + at + mention.sentence().length()));
					break;
				}
				offset += sentence.length() + 1;
			}
		}
		this.stories.add(new Story(id, title, type, date, String.join(" ", sentences), List.copyOf(located.values())));
	}

	// Before locating, a mention carries its surface text in the sentence slot
	private static Mention mention(String label, String key, String surface) {
		return new Mention(label, key, surface, -1, -1);
	}

	// A name ending in "Inc." already ends the sentence
	private static String end(String sentence) {
		return sentence.endsWith(".") ? sentence : sentence + ".";
	}

	private static String article(String word) {
		return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
	}

}
