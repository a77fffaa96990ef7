package org.ipgraph.ingest.orgs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compact "clean names" in the style of the Dyèvre–Seager Compustat-patent match
 * ({@code ABBOTTLAB} for Abbott Laboratories, {@code 3MINNOVATIVEPPTYS} for 3M Innovative
 * Properties Company): upper case, corporate terms and US state suffixes dropped, common
 * words abbreviated, spaces removed. Starting from an organization key (already without
 * punctuation, accents, leading "the" and trailing legal forms), this reproduces their
 * published cleaning steps closely enough to match their maps' names; it is a matching
 * key, not a name.
 */
final class CompactNames {

	private static final List<List<String>> PREFIXES = phrases("THE", "AKTIEBOLAG", "AKTIEBOLAGET", "AB",
			"KABUSHIKI KAISHA", "KABUSHIKI GAISHA", "GRUPPO", "FIRMA", "SOCIETE ANONYME DITE");

	private static final List<List<String>> SUFFIXES = phrases("INC", "INCORPORATED", "CORP", "LTD",
			"LIMITED LIABILITY COMPANY", "AND CO", "CO", "LP", "CP", "PUBLIC LIMITED COMPANY", "PLC", "TRUST", "ADR",
			"ADS", "TR", "SA", "SAS", "LLC", "HOLDINGS", "HOLDING", "HLDGS", "HLDG", "ILP", "INTELLECTUAL PROPERTY",
			"INTELLECTUAL CAPITAL", "LICENSING", "LICENCING", "NEW", "OLD", "COMPANIES", "CORPORATE", "COS", "AG",
			"KGAA", "SE", "COM", "SPA", "LIMITED", "CORPORATION", "COMPANY", "DEL", "GMBH", "SER", "CL A", "CL B", "CL",
			"COMPAN", "COMP", "PTY", "SARL", "ETS", "ET CIE", "CIE", "COR", "FA", "BV", "SRL", "KG", "KAISHA",
			"KABUSHIKIKAISHA", "KK", "GAISHA", "OY", "AND", "MBH", "SL", "PTE", "IP", "APS", "LTDA", "SA DE CV", "CV",
			"VZW", "AKTIENGESELLSCHAFT", "HOLDING GROUP", "HOLDING GP", "SOCIETE ANONYME", "GENERALNI REDITALSTVI",
			"OF");

	private static final Set<String> STATES = Set.of(("AL KY OH AK LA OK AZ ME OR AR MD PA AS MA PR CA MI RI CO MN "
			+ "SC CT MS SD DE MO TN DC MT TX FL NE GA NV UT NH VT HI NJ VA ID NM IL NY WA IN NC WV IA ND WI KS WY")
		.split(" "));

	private static final Set<String> MIDDLE = Set.of(("INC CORP LTD CO LP CP TRUST TR SA LLC COS AG AB SE THE COM "
			+ "SPA LIMITED COMPANY GMBH SER CL COMPAN COMP PTY SARL ETS CIE COR FA CORPORATION INCORPORATED CORPO")
		.split(" "));

	private static final Map<String, String> WORDS = new HashMap<>();

	private static final Map<String, String> PHRASES = Map.of("HEALTH CARE", "HEALTHCARE", "REAL ESTATE", "RE",
			"UNITED STATES", "US", "NORTH US", "N AM", "N US", "N AM");

	static {
		abbreviate("BRND", "BRAND BRANDS");
		abbreviate("INT", "INTERNATIONAL INTERN INTL");
		abbreviate("SVCS", "SERVICES");
		abbreviate("GP", "GROUP GRP GR");
		abbreviate("PWR", "POWER");
		abbreviate("MFG", "MANUFACTURING MANUF");
		abbreviate("SYS", "SYSTEMS SYSTEM SYST");
		abbreviate("RES", "RESOURCES");
		abbreviate("ASSD", "ASSOCIATED");
		abbreviate("DEV", "DEVELOPMENT");
		abbreviate("IVT", "INVESTMENT INVESTMENTS INVT INVS");
		abbreviate("MGMT", "MANAGEMENT");
		abbreviate("PROD", "PRODUCTS PRODS");
		abbreviate("CAN", "CANADA CDA");
		abbreviate("US", "USA AM AMERICA AMER");
		abbreviate("PPTYS", "PROPERTIES");
		abbreviate("ASS", "ASSOCIATION ASSOC ASSN");
		abbreviate("SVC", "SERVICE");
		abbreviate("COMM", "COMMUNICATIONS COMMUNICATION");
		abbreviate("ENTMT", "ENTERTAINMENT");
		abbreviate("TELECOM", "TELECOMMUNICATIONS TELECOMM");
		abbreviate("PRTNRS", "PARTNERS");
		abbreviate("EXPL", "EXPLORATION EXPLORATIONS");
		abbreviate("INS", "INSURANCE");
		abbreviate("AMERN", "AMERICAN");
		abbreviate("NATL", "NATIONAL");
		abbreviate("CMNTY", "COMMUNITIES COMMUN COMMUNITY");
		abbreviate("BK", "BANK BANC");
		abbreviate("SVGS", "SAVINGS");
		abbreviate("CHEM", "CHEMICALS CHEMICAL");
		abbreviate("REALTY", "RLTY");
		abbreviate("SOLTNS", "SOLUTIONS");
		abbreviate("TRANS", "TRANSPORT TRANSPRT TRNSPRT");
		abbreviate("FIN", "FINANCE FINANCIAL FINL");
		abbreviate("1ST", "FIRST");
		abbreviate("2ND", "SECOND");
		abbreviate("3RD", "THIRD");
		abbreviate("4TH", "FOURTH");
		abbreviate("5TH", "FIFTH");
		abbreviate("6TH", "SIXTH");
		abbreviate("DRUG", "DRUGS");
		abbreviate("TECH", "TECHNOLOGY TECHNOLOGIES");
		abbreviate("LAB", "LABORATORIES LABORATORY LABS LABO");
		abbreviate("BROS", "BROTHERS");
		abbreviate("ELEC", "ELECTRICAL ELECTRIC");
		abbreviate("COMML", "COMMERCIAL");
		abbreviate("CONS", "CONSOLIDATED");
		abbreviate("IND", "INDUSTRIES INDUSTRIAL INDS INDUSTRIE INDUSTRY");
		abbreviate("INSTR", "INSTRUMENT INSTRUMENTS");
		abbreviate("SOC", "SOCIETY SOCIEDAD SOCIETE STE");
		abbreviate("GEN", "GENERAL");
		abbreviate("ENTPR", "ENTERPRISE ENTERPRISES");
		abbreviate("ENG", "ENGINEERING");
		abbreviate("PHARM", "PHARMACEUTICALS PHARMA PHARMACEUTICAL");
		abbreviate("ORG", "ORGANISATION ORGANIZATION");
	}

	private CompactNames() {
	}

	/**
	 * The compact name of an organization key, e.g. {@code ABBOTTLAB} for
	 * {@code abbott laboratories}.
	 */
	static String compact(String key) {
		List<String> words = new ArrayList<>(List.of(key.toUpperCase(Locale.ROOT).strip().split("\\s+")));
		boolean changed = true;
		while (changed && words.size() > 1) {
			changed = strip(words, PREFIXES, true) || strip(words, SUFFIXES, false);
			if (words.size() > 1 && STATES.contains(words.get(words.size() - 1))) {
				words.remove(words.size() - 1);
				changed = true;
			}
		}
		for (int i = words.size() - 2; i > 0; i--) {
			if (MIDDLE.contains(words.get(i))) {
				words.remove(i);
			}
		}
		String text = String.join(" ", words.stream().map(w -> WORDS.getOrDefault(w, w)).toList());
		for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
			text = (" " + text + " ").replace(" " + phrase.getKey() + " ", " " + phrase.getValue() + " ").strip();
		}
		return text.replace(" ", "");
	}

	private static boolean strip(List<String> words, List<List<String>> phrases, boolean leading) {
		for (List<String> phrase : phrases) {
			int n = phrase.size();
			if (n >= words.size()) {
				continue;
			}
			List<String> part = leading ? words.subList(0, n) : words.subList(words.size() - n, words.size());
			if (part.equals(phrase)) {
				part.clear();
				return true;
			}
		}
		return false;
	}

	private static void abbreviate(String abbreviation, String words) {
		for (String word : words.split(" ")) {
			WORDS.put(word, abbreviation);
		}
	}

	private static List<List<String>> phrases(String... phrases) {
		return Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList();
	}

}
