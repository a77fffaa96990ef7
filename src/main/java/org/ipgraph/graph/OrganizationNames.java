package org.ipgraph.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the many spellings of an owner into one key: "Apple Inc.", "APPLE INC" and
 * "Apple, Inc." are all {@code apple}. Case, accents, punctuation, a leading "the" and
 * trailing legal-form words are dropped; nothing else is, so "InterDigital Patent
 * Holdings" stays apart from "InterDigital" (the two are linked by SUBSIDIARY_OF where a
 * source says so).
 */
public final class OrganizationNames {

	private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
			"cos", "companies", "ltd", "limited", "llc", "llp", "lp", "plc", "gmbh", "mbh", "ag", "kg", "sa", "nv",
			"bv", "kk", "oy", "oyj", "ab", "as", "asa", "aps", "spa", "srl", "sarl", "sas", "sl", "pty", "pte", "pvt",
			"private", "gk", "ltda", "se", "bhd", "sdn", "tbk", "cv", "sc", "sprl", "kft", "zrt", "doo", "sro", "ooo",
			"zao", "oao", "pjsc", "jsc", "lc", "pc", "pllc", "ulc", "kgaa", "ev", "ug");

	private static final List<List<String>> LEGAL_PHRASES = List.of(List.of("kabushiki", "kaisha"),
			List.of("kabushikigaisha"), List.of("yugen", "kaisha"), List.of("godo", "kaisha"),
			List.of("aktiengesellschaft"), List.of("gesellschaft", "mit", "beschrankter", "haftung"),
			List.of("societe", "anonyme"), List.of("besloten", "vennootschap"), List.of("naamloze", "vennootschap"),
			List.of("public", "limited", "company"), List.of("limited", "liability", "company"),
			List.of("limited", "partnership"), List.of("co", "kg"), List.of("and", "co"), List.of("and", "company"),
			List.of("corp", "ltd"), List.of("co", "ltd"));

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern DOTTED = Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)");

	private OrganizationNames() {
	}

	/**
	 * The organization key for a raw name, or an empty string for a blank one.
	 */
	public static String key(String raw) {
		List<String> tokens = plainTokens(raw);
		// Sources abbreviate ("UNIV CALIFORNIA", "NOKIA TECH OY"): keys use the short
		// forms and
		// drop connecting words, so both spellings meet
		List<String> words = new ArrayList<>(tokens.size());
		for (String token : tokens) {
			words.add(ABBREVIATIONS.getOrDefault(token, token));
		}
		if (words.size() > 1) {
			List<String> content = words.stream().filter(w -> !CONNECTORS.contains(w)).toList();
			if (!content.isEmpty()) {
				words = new ArrayList<>(content);
			}
		}
		return String.join(" ", words);
	}

	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("university", "univ"),
			Map.entry("universitat", "univ"), Map.entry("universite", "univ"), Map.entry("universidad", "univ"),
			Map.entry("universita", "univ"), Map.entry("institute", "inst"), Map.entry("institut", "inst"),
			Map.entry("instituto", "inst"), Map.entry("technology", "tech"), Map.entry("technologies", "tech"),
			Map.entry("technological", "tech"), Map.entry("international", "int"), Map.entry("intl", "int"),
			Map.entry("laboratory", "lab"), Map.entry("laboratories", "lab"), Map.entry("labs", "lab"),
			Map.entry("industries", "ind"), Map.entry("industrial", "ind"), Map.entry("industry", "ind"),
			Map.entry("manufacturing", "mfg"), Map.entry("research", "res"), Map.entry("national", "nat"),
			Map.entry("natl", "nat"), Map.entry("electronics", "elect"), Map.entry("electronic", "elect"),
			Map.entry("communications", "comm"), Map.entry("communication", "comm"), Map.entry("systems", "sys"),
			Map.entry("system", "sys"), Map.entry("semiconductors", "semiconductor"), Map.entry("holdings", "hldg"),
			Map.entry("holding", "hldg"), Map.entry("hldgs", "hldg"), Map.entry("development", "dev"),
			Map.entry("engineering", "eng"), Map.entry("center", "ctr"), Map.entry("centre", "ctr"),
			Map.entry("foundation", "found"), Map.entry("medical", "med"), Map.entry("pharmaceuticals", "pharm"),
			Map.entry("pharmaceutical", "pharm"), Map.entry("chemical", "chem"), Map.entry("chemicals", "chem"),
			Map.entry("department", "dept"), Map.entry("association", "assoc"));

	private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "de", "du", "des", "der", "la",
			"le", "di", "del");

	/**
	 * The name without case, accents, punctuation, leading "the" and legal forms, but
	 * with its words as written: for matching against lists that use their own
	 * abbreviations.
	 */
	public static String plainKey(String raw) {
		return String.join(" ", plainTokens(raw));
	}

	private static List<String> plainTokens(String raw) {
		List<String> tokens = tokens(raw);
		if (!tokens.isEmpty() && tokens.get(0).equals("the") && tokens.size() > 1) {
			tokens.remove(0);
		}
		stripLegalForms(tokens);
		return tokens;
	}

	/**
	 * The name to show: the raw name with its spacing tidied. The first spelling seen is
	 * kept.
	 */
	public static String display(String raw) {
		return raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
	}

	static List<String> tokens(String raw) {
		if (raw == null) {
			return new ArrayList<>();
		}
		String text = Normalizer.normalize(raw, Normalizer.Form.NFKD);
		text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
		text = text.replace("ß", "ss").replace("æ", "ae").replace("ø", "o");
		text = DOTTED.matcher(text).replaceAll("");
		text = text.replace("&", " and ").replace("+", " and ");
		text = text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return text.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(text.split(" ")));
	}

	private static void stripLegalForms(List<String> tokens) {
		boolean changed = true;
		while (changed && tokens.size() > 1) {
			changed = false;
			for (List<String> phrase : LEGAL_PHRASES) {
				if (phrase.size() < tokens.size() && endsWith(tokens, phrase)) {
					tokens.subList(tokens.size() - phrase.size(), tokens.size()).clear();
					changed = true;
				}
				else if (phrase.size() < tokens.size() && tokens.subList(0, phrase.size()).equals(phrase)
						&& phrase.get(0).startsWith("kabushiki")) {
					tokens.subList(0, phrase.size()).clear();
					changed = true;
				}
			}
			if (tokens.size() > 1 && LEGAL_FORMS.contains(tokens.get(tokens.size() - 1))) {
				tokens.remove(tokens.size() - 1);
				changed = true;
			}
		}
	}

	private static boolean endsWith(List<String> tokens, List<String> suffix) {
		return tokens.subList(tokens.size() - suffix.size(), tokens.size()).equals(suffix);
	}

	/**
	 * The kind a name suggests; a curated source (such as the SSO list) overrides it.
	 */
	public static OrganizationKind kind(String raw) {
		String n = " " + String.join(" ", tokens(raw)) + " ";
		if (containsAny(n, UNIVERSITY)) {
			return OrganizationKind.UNIVERSITY;
		}
		if (containsAny(n, GOVERNMENT)) {
			return OrganizationKind.GOVERNMENT_AGENCY;
		}
		if (containsAny(n, RESEARCH)) {
			return OrganizationKind.RESEARCH_INSTITUTE;
		}
		if (serviceType(raw) != null) {
			return OrganizationKind.SERVICE_INSTITUTION;
		}
		return OrganizationKind.COMPANY;
	}

	/**
	 * For a service institution, which service: bank, law firm, agency or exchange; null
	 * when the name suggests none.
	 */
	public static String serviceType(String raw) {
		List<String> tokens = tokens(raw);
		String n = " " + String.join(" ", tokens) + " ";
		if (tokens.stream().anyMatch(t -> t.equals("bank") || t.endsWith("bank") && t.length() > 6)) {
			return "bank";
		}
		if (n.contains(" exchange ")) {
			return "exchange";
		}
		if (containsAny(n, List.of(" patent agency ", " ip agency ", " intellectual property agency ",
				" patent and trademark agency ", " patent office "))) {
			return "agency";
		}
		if (containsAny(n,
				List.of(" law firm ", " attorneys ", " law offices ", " law office ", " patent attorneys "))) {
			return "law_firm";
		}
		return null;
	}

	private static final List<String> UNIVERSITY = List.of(" university ", " univ ", " inst tech ", " inst technology ",
			" inst of tech ", " universitat ", " universite ", " universidad ", " universita ", " universiteit ",
			" college ", " institute of technology ", " polytechnic ", " politecnico ", " regents of ", " school of ",
			" daxue ", " hochschule ");

	private static final List<String> GOVERNMENT = List.of(" united states of america ", " department of ",
			" ministry ", " secretary of ", " government ", " navy ", " army ", " air force ", " national aeronautics ",
			" administration ", " state intellectual property office ", " national institutes of health ", " federal ",
			" bureau of ", " office of naval research ");

	private static final List<String> RESEARCH = List.of(" institute ", " inst ", " res ", " institut ", " instituto ",
			" istituto ", " research ", " fraunhofer ", " cnrs ", " centre national ", " commissariat ", " academy of ",
			" national laboratory ", " national laboratories ", " max planck ", " inria ", " tno ");

	private static boolean containsAny(String text, List<String> needles) {
		return needles.stream().anyMatch(text::contains);
	}

}
