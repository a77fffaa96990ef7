package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.nlp.NameRules;
import org.ipgraph.nlp.linking.Gazetteer;
import org.ipgraph.nlp.linking.NameTokens;
import org.ipgraph.nlp.linking.ReferenceData;

/**
 * Organizations that the unannotated FFII wiki pages name with a strong cue, as the
 * reference list {@code reference/page-organizations.tsv} (issue 10, session 14). A
 * deployment reads all of its pages; a company that one page calls "Visto Corp." or
 * "Forgent Networks v. Dell" is the same company on a page that names it with no cue at
 * all, as the graph's organizations are. The cues, each read on the raw page text with
 * its link targets and markup removed:
 * <ul>
 * <li>a legal form after the name ("Visto Corp.", "Nutzwerk GmbH", "Opera Software
 * ASA");</li>
 * <li>a case caption, "X v. Y" and "X vs. Y", both parties;</li>
 * <li>a suit: "X sued" / "X sues" / "X filed suit", "sued by X";</li>
 * <li>the outlet of a dated news line ("2004-07-16 US ZDNet: headline" gives
 * {@code ZDNet}).</li>
 * </ul>
 * A name is one to four capitalized words; leading articles, sentence openers and a news
 * line's region code ("US Adobe") go. Rules that bound the list:
 * <ul>
 * <li><b>no held-out page</b>: every page of the hand-annotated set
 * ({@code annotated/ffii/pages.tsv}, dev and test) and every translation of one (the same
 * file name but its language suffix, "SwpatcninoEn.md" and "SwpatcninoDe.md") is left
 * out, so nothing is learned from an evaluation page;</li>
 * <li><b>support</b>: a name is named with a cue on at least {@link #MIN_PAGES} pages
 * (translations of one page count once);</li>
 * <li><b>ambiguity</b>: as for {@code reference/organizations.tsv}, a one-word name that
 * the CPC titles and US IP statutes write in lower case at least
 * {@link KnownOrganizations#COMMON_WORD} times is a common word and left out ("Free",
 * "Open", "Software"), and so are people (a known given name first), countries, generic
 * names, acronyms of two letters ("MS") and words that head organization or policy names
 * on their own ("Commission", "Parliament").</li>
 * </ul>
 */
public final class PageOrganizations {

	/** Pages (translations counted once) a name needs a cue on. */
	static final int MIN_PAGES = 2;

	static final String DIR = "ffii-wiki-texts";

	private static final String WORD = "(?:[A-Z][\\p{L}\\p{N}&'-]*[\\p{L}\\p{N}]|[A-Z])";

	private static final String NAME = WORD + "(?: " + WORD + "){0,3}";

	private static final String LEGAL = "(?:Inc|Corp|Corporation|Ltd|Limited|LLC|GmbH|AG|plc|PLC|S\\.A|N\\.V|B\\.V"
			+ "|ASA|Oy|Oyj|SpA|S\\.p\\.A|KK)\\b";

	static final List<Pattern> CUES = List.of(Pattern.compile("(" + NAME + "),? " + LEGAL),
			Pattern.compile("(" + NAME + ") vs?\\. (" + NAME + ")"),
			Pattern.compile("(" + NAME + ") (?:sued|sues|has sued|filed suit|filed a lawsuit|filed lawsuits)\\b"),
			Pattern.compile("\\bsued by (" + NAME + ")"),
			Pattern.compile("(?m)^[ \\t*+-]*\\d{4}-\\d{2}-\\d{2}[ \\t]+(?:[A-Z]{2}[ \\t]+)?(" + NAME + "):"));

	private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)|\\{#[^}]*\\}|https?://\\S+");

	private static final Pattern MARKUP = Pattern.compile("[\\[\\]`*_\\\\!]");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");

	private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("^(.+?)(?:[A-Z][a-z])?\\.md$");

	/** Words that open a sentence or a phrase and are no part of a name. */
	private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "On", "At", "By", "And", "But", "If",
			"When", "For", "Of", "To", "As", "Then", "This", "That", "Also", "After", "Before", "Since", "Now", "Today",
			"Der", "Die", "Das", "Le", "La", "Les", "El", "Il");

	/** Europe and countries as the pages' other languages write them. */
	private static final Set<String> COUNTRY_WORDS = Set.of("Europe", "Europa", "Deutschland", "España", "Italia",
			"Nederland", "Schweiz", "Suisse", "Österreich", "Danmark", "Sverige", "Polska");

	/** Titles and roles of other languages that press lines name people by. */
	private static final Set<String> RULE_WORDS = Set.of("MdB", "MdEP", "Directeur", "Entwicklungsleiter", "Blog",
			"PR");

	/** Region codes of dated news lines and countries written as codes. */
	private static final Set<String> REGIONS = Set.of("US", "EU", "UK", "DE", "FR", "NL", "DK", "AT", "CH", "BE", "ES",
			"IT", "PL", "SE", "FI", "JP", "CN", "IN", "KR", "IE", "PT", "HU", "CZ", "EP", "WO", "GB");

	/** One name: how the pages write it, and the pages (by base name) that cue it. */
	record Organization(String name, Set<String> spellings, Set<String> pages) {
	}

	private static final Pattern MID_SENTENCE_CAPITAL = Pattern
		.compile("(?<=\\p{Ll}[,;]? )(\\p{Lu}[\\p{Ll}-]+)(?![\\p{L}\\p{N}@_-]|[./:][\\p{L}\\p{N}])");

	private static final Pattern SURNAME = Pattern
		.compile("\\b(\\p{Lu}\\p{Ll}+\\.?) (?=(\\p{Lu}\\p{Ll}[\\p{L}'-]*)(?![\\p{L}\\p{N}'-]))");

	/**
	 * One word in title case ("Heise"; not "FFII", "ZDNet"): the words the case test
	 * reads.
	 */
	private static final Pattern TITLE_CASE = Pattern.compile("\\p{Lu}\\p{Ll}+");

	private final Map<String, Organization> byKey = new TreeMap<>();

	/** How often the mined pages write each word in lower case. */
	private final Map<String, Integer> pageLowerCase = new java.util.HashMap<>();

	/** How often the mined pages write each word capitalized inside a sentence. */
	private final Map<String, Integer> pageCapitalized = new java.util.HashMap<>();

	/**
	 * Words the mined pages write after a known given name or a title ("Steve Ballmer",
	 * "Commissioner McCreevy").
	 */
	private final Set<String> surnames = new HashSet<>();

	private final Set<String> givenNames;

	private final Map<String, Integer> lowerCase;

	PageOrganizations(Set<String> givenNames, Map<String, Integer> lowerCase) {
		this.givenNames = givenNames;
		this.lowerCase = lowerCase;
	}

	/**
	 * The list from the unannotated FFII pages of the shared data.
	 * @param data the shared data root
	 * @param modelDir the model directory (its {@code annotated/ffii/pages.tsv} names the
	 * pages left out)
	 * @param givenNames given names of people
	 */
	static PageOrganizations derive(Path data, Path modelDir, Set<String> givenNames) {
		PageOrganizations list = new PageOrganizations(givenNames,
				KnownOrganizations.lowerCaseWords(KnownOrganizations.referenceText(data)));
		Set<String> held = heldOutBases(FfiiDistantCorpus.annotated(modelDir));
		for (Path page : pages(data)) {
			String base = base(page.getFileName().toString());
			if (held.contains(base)) {
				continue;
			}
			try {
				list.read(Files.readString(page, StandardCharsets.UTF_8), base);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(page + ": " + ex.getMessage(), ex);
			}
		}
		return list;
	}

	/**
	 * Every English page of the FFII set, in file-name order (pages in other languages
	 * are not mined: their common nouns are capitalized, so no case test tells a name
	 * from a word).
	 */
	static List<Path> pages(Path data) {
		Path dir = data.resolve(DIR).resolve("en");
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException(dir + ": FFII pages not found");
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(
					f -> f.getFileName().toString().endsWith(".md") && !f.getFileName().toString().equals("SOURCE.md"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many English pages are left out: the annotated ones and their translations. */
	static int heldOutPages(Path data, Path modelDir) {
		Set<String> held = heldOutBases(FfiiDistantCorpus.annotated(modelDir));
		return (int) pages(data).stream().filter(p -> held.contains(base(p.getFileName().toString()))).count();
	}

	/** The base names of the annotated pages: their translations are left out too. */
	static Set<String> heldOutBases(Set<String> annotatedFiles) {
		Set<String> out = new HashSet<>();
		annotatedFiles.forEach(f -> out.add(base(f)));
		return out;
	}

	/**
	 * A page's file name without its language suffix ("SwpatcninoEn.md" gives
	 * "Swpatcnino").
	 */
	static String base(String fileName) {
		Matcher m = LANGUAGE_SUFFIX.matcher(fileName);
		return m.matches() ? m.group(1) : fileName;
	}

	/**
	 * Reads the names one page cues.
	 */
	void read(String page, String base) {
		String text = SPACES.matcher(MARKUP.matcher(LINK_TARGET.matcher(page).replaceAll("]")).replaceAll(" "))
			.replaceAll(" ");
		KnownOrganizations.countLowerCase(text, this.pageLowerCase);
		Matcher c = MID_SENTENCE_CAPITAL.matcher(text);
		while (c.find()) {
			this.pageCapitalized.merge(c.group(1), 1, Integer::sum);
		}
		Matcher s = SURNAME.matcher(text);
		while (s.find()) {
			if (this.givenNames.contains(s.group(1)) || NameRules.isTitle(s.group(1))) {
				this.surnames.add(s.group(2));
			}
		}
		for (Pattern cue : CUES) {
			Matcher m = cue.matcher(text);
			while (m.find()) {
				if (cue == CUES.get(0)) {
					// the spelling with its legal form is an alias ("Network World,
					// Inc.")
					int end = m.end() < text.length() && text.charAt(m.end()) == '.' ? m.end() + 1 : m.end();
					add(m.group(1), base, text.substring(m.end(1), end));
					continue;
				}
				for (int g = 1; g <= m.groupCount(); g++) {
					add(m.group(g), base, null);
				}
			}
		}
	}

	/**
	 * Adds a name a page cues, unless a rule leaves it out; {@code legalForm} (or null)
	 * is what followed it (", Inc."), and the name with it is kept as an alias.
	 */
	void add(String raw, String page, String legalForm) {
		String name = clean(raw);
		if (name == null) {
			return;
		}
		String key = OrganizationNames.plainKey(name);
		Organization old = this.byKey.get(key);
		Set<String> spellings = new TreeSet<>(old == null ? Set.of() : old.spellings());
		Set<String> pages = new TreeSet<>(old == null ? Set.of() : old.pages());
		spellings.add(name);
		if (legalForm != null && Gazetteer.isCleanName(name + legalForm)) {
			spellings.add(name + legalForm);
		}
		pages.add(page);
		this.byKey.put(key, new Organization(old == null ? name : old.name(), spellings, pages));
	}

	/**
	 * The name without openers and region codes, or null when a rule leaves it out.
	 */
	String clean(String raw) {
		if (raw == null) {
			return null;
		}
		List<String> words = new ArrayList<>(List.of(raw.strip().split(" ")));
		while (!words.isEmpty()
				&& (OPENERS.contains(words.get(0)) || (words.size() > 1 && REGIONS.contains(words.get(0))))) {
			words.remove(0);
		}
		if (words.isEmpty()) {
			return null;
		}
		for (String word : words) {
			if (NameRules.isTitle(word) || RULE_WORDS.contains(word)) {
				return null;
			}
		}
		String name = KnownOrganizations.shortName(String.join(" ", words));
		String key = OrganizationNames.plainKey(name);
		if (key.length() < 2 || NameRules.isCountry(name) || COUNTRY_WORDS.contains(name)
				|| Gazetteer.GENERIC.contains(key) || !Gazetteer.isCleanName(name)
				|| this.givenNames.contains(words.get(0))) {
			return null;
		}
		if (!name.contains(" ")) {
			boolean acronym = NameTokens.isAcronym(name);
			if (acronym && name.length() < 3) {
				return null;
			}
			if (NameRules.isRuleWord(name) || !acronym && !KnownOrganizations.hasInnerCapital(name) && this.lowerCase
				.getOrDefault(name.toLowerCase(Locale.ROOT), 0) >= KnownOrganizations.COMMON_WORD) {
				return null;
			}
		}
		return name;
	}

	/**
	 * The names with at least {@link #MIN_PAGES} pages, without one-word names that the
	 * mined pages write after a known given name or a title ("Steve Ballmer",
	 * "Commissioner McCreevy"), and without one-word names in title case that they write
	 * more often in lower case than capitalized inside a sentence ("Week", "Win";
	 * acronyms and names with an inner capital, "FFII", "ZDNet", are no words).
	 */
	List<Organization> organizations() {
		return this.byKey.values()
			.stream()
			.filter(o -> o.pages().size() >= MIN_PAGES)
			.filter(o -> o.name().contains(" ") || !this.surnames.contains(o.name()))
			.filter(o -> !TITLE_CASE.matcher(o.name()).matches() || this.pageLowerCase
				.getOrDefault(o.name().toLowerCase(Locale.ROOT), 0) <= this.pageCapitalized.getOrDefault(o.name(), 0))
			.toList();
	}

	/**
	 * Writes the list in the columns of the other reference lists (name, kind, acronyms,
	 * aliases, parent) plus pages.
	 */
	void write(Path file, int excludedPages) {
		List<Organization> kept = organizations();
		List<String> lines = new ArrayList<>();
		lines.add("# Organizations the unannotated FFII wiki pages name with a strong cue (legal form, case caption, "
				+ "suit, outlet of a dated news line),");
		lines.add("# derived by 'ipgraph nlp train' (PageOrganizations): >= " + MIN_PAGES + " pages, translations "
				+ "counted once; one-word common words, people, countries, two-letter acronyms left out.");
		lines.add("# Left out of the mining: the " + excludedPages
				+ " annotated pages of annotated/ffii/pages.tsv (dev and test) and their translations. Columns: name, "
				+ "kind, acronyms, aliases, parent, pages. " + kept.size() + " organizations.");
		for (Organization o : kept) {
			Set<String> aliases = new TreeSet<>(o.spellings());
			aliases.remove(o.name());
			lines.add(String.join("\t", o.name(), OrganizationNames.kind(o.name()).value(), "",
					String.join("|", aliases), "", Integer.toString(o.pages().size())));
		}
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
		}
	}

	/** The reference list's path under the model directory. */
	static Path path(Path modelDir) {
		return modelDir.resolve(ReferenceData.PAGE_ORGANIZATIONS);
	}

}
