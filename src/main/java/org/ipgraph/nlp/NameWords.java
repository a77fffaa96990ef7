package org.ipgraph.nlp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists the name rules read: the heads that make a capitalized phrase an
 * organization, a policy or a fund, institutions named by one capitalized word, titles
 * before a person's name, and the acronyms and words that are never organizations
 * (generic terms, technologies, pronouns, countries). General knowledge of how names are
 * written in English (and, for institutions, in German and French), not lists of
 * particular names.
 */
final class NameWords {

	private NameWords() {
	}

	private static Set<String> words(String... words) {
		return Set.copyOf(Arrays.asList(words));
	}

	/**
	 * The last word of an organization's name: "Standing Committee", "General Office".
	 */
	static final Set<String> ORGANIZATION_HEADS = words("office", "offices", "ministry", "committee", "council",
			"commission", "administration", "agency", "department", "directorate", "bureau", "court", "parliament",
			"congress", "legislature", "assembly", "senate", "institute", "institution", "university", "college",
			"academy", "foundation", "association", "alliance", "federation", "union", "party", "corporation",
			"company", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "ag", "plc", "corp", "corp.", "holdings", "labs",
			"laboratories", "laboratory", "organization", "organisation", "society", "chamber", "board", "authority",
			"center", "centre", "secretariat", "bank", "consortium", "forum", "league", "tribunal", "group",
			"coalition", "federation", "confederation", "network", "trust", "partnership", "partners", "registry",
			"observatory", "cabinet", "presidium", "taskforce", "directorate-general", "service", "services",
			"technologies", "systems", "associates", "industries", "electronics", "telecom", "communications",
			"networks", "bundestag", "bundesrat", "folketing", "riksdag", "sejm", "kammer", "amt", "ministerium",
			"gericht", "institut", "stiftung", "verband", "verein", "parlament", "kommission", "rat", "conseil",
			"parlement", "ministère", "cour", "office", "gesellschaft", "akademie", "universität", "université",
			"hochschule");

	/**
	 * The head of a policy's title: "Patent Law of ...", "Notice on ...", "... Five-Year
	 * Plan".
	 */
	static final Set<String> POLICY_HEADS = words("act", "acts", "law", "laws", "directive", "regulation",
			"regulations", "convention", "agreement", "treaty", "plan", "strategy", "notice", "opinions", "opinion",
			"measures", "provisions", "outline", "guideline", "guidelines", "rules", "roadmap", "memorandum",
			"framework", "proposal", "recommendation", "code", "constitution", "declaration", "bill", "circular",
			"decision", "decree", "ordinance", "charter", "protocol", "credit", "accord", "statute", "agenda",
			"richtlinie", "gesetz", "verordnung", "loi", "directive-cadre", "règlement", "patentgesetz");

	/** The head of a fund's or funding programme's name. */
	static final Set<String> FUND_HEADS = words("fund", "funds", "programme", "program", "accelerator", "grant",
			"grants", "fellowship", "fellowships", "scheme");

	/**
	 * Institutions named by one capitalized word that stands for one body: "the Council
	 * decided", "the Commission proposal".
	 */
	static final Set<String> INSTITUTIONS = words("Commission", "Council", "Parliament", "Community", "Congress",
			"Senate", "Union", "Bundestag", "Bundesrat", "Folketing", "Riksdag", "Sejm", "Knesset", "Storting",
			"Eduskunta", "Europarl", "Kommission", "Parlament", "Conseil", "Parlement", "Commissie", "Rat", "Rates",
			"Parlaments", "Communauté");

	/**
	 * Words that, before an institution's word, belong to its name: "Dutch Parliament",
	 * "EU Council".
	 */
	static final Pattern NATIONALITY = Pattern.compile(
			"(?:EU|European|Dutch|German|French|British|UK|US|U\\.S\\.|Danish|Swedish|Polish|Austrian|Belgian|Irish|"
					+ "Italian|Spanish|Portuguese|Finnish|Greek|Czech|Hungarian|Slovenian|Slovak|Estonian|Latvian|"
					+ "Lithuanian|Luxembourg|Maltese|Cypriot|Swiss|Norwegian|American|Chinese|Japanese|Korean|Indian|"
					+ "Federal|Supreme|Constitutional|European-level|National|State)");

	/** Titles before a person's name, outside the name's span. */
	static final Set<String> TITLES = words("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.",
			"Professor", "Sir", "Dame", "Lord", "Lady", "MEP", "MP", "Commissioner", "Minister", "President",
			"Chancellor", "Judge", "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman",
			"Governor", "Mayor", "Ambassador", "Rapporteur", "Secretary", "Chairman", "Chairwoman", "Herr", "Frau",
			"Mme", "Mme.", "Monsieur", "Madame", "Maître", "Staatssekretär", "Bundesminister", "Ministerin",
			"Abgeordnete", "Abgeordneter", "Député", "Sénateur", "Premier", "PM", "CEO", "Attorney", "Justice");

	/**
	 * Roles written in lower case before a person's name ("commissioner Bolkestein",
	 * "Microsoft founder Bill Gates"); case-sensitive.
	 */
	static final Set<String> ROLE_NOUNS = Set.of("secretary", "senator", "minister", "commissioner", "president",
			"chairman", "chairwoman", "judge", "governor", "mayor", "ambassador", "rapporteur", "spokesman",
			"spokeswoman", "spokesperson", "lobbyist", "founder", "co-founder", "economist", "economists", "professor",
			"colleague", "lawyer", "attorney", "inventor", "analyst", "journalist", "programmer", "developer", "MEPs");

	/**
	 * Words that are roles, not names: an "organization" that starts with one is none.
	 */
	static final Set<String> ROLES = words("secretary", "senator", "minister", "commissioner", "president", "director",
			"chairman", "chairwoman", "judge", "governor", "mayor", "ambassador", "rapporteur", "mep", "mp",
			"spokesman", "spokeswoman", "spokesperson", "ceo", "deputy", "vice-president", "member", "members");

	/**
	 * Acronyms and capitalized words that name a class of things, a technology, a
	 * document kind or a unit, never one organization.
	 */
	static final Set<String> NOT_ORGANIZATIONS = words("MEP", "MEPs", "MP", "MPs", "SME", "SMEs", "NPE", "NPEs", "PAE",
			"PAEs", "NGO", "NGOs", "IP", "IPR", "IPRs", "IT", "ICT", "R&D", "PR", "PRs", "CEO", "CEOs", "CTO", "CIO",
			"CFO", "VP", "CII", "CIIs", "PDF", "URL", "URLs", "DRM", "MP3", "MP4", "RSS", "HTML", "XML", "FAQ", "IRC",
			"JPEG", "GIF", "PNG", "MPEG", "MPEG4", "OSS", "OS", "FOSS", "FLOSS", "GPL", "LGPL", "GNU", "DVD", "CD",
			"TV", "PC", "PCs", "SW", "HW", "ID", "FUD", "CVS", "SQL", "DNS", "HTTP", "WWW", "ISBN", "ISDN", "LZW",
			"RFID", "WLAN", "LAN", "WAN", "GSM", "UMTS", "LTE", "3G", "4G", "5G", "OFDM", "CDMA", "WCMS", "CMS", "ERP",
			"CRM", "AI", "IoT", "API", "APIs", "SDK", "CPU", "RAM", "USB", "DSL", "VoIP", "P2P", "ISP", "ISPs", "GDP",
			"USD", "EUR", "GBP", "DKK", "SEK", "GMT", "CET", "UTC", "TODO", "NB", "PS", "OK", "FAT", "ASP", "DB", "CSS",
			"CV", "DOC", "FTA", "VC", "VCs", "AM", "PM", "KB", "MB", "GB", "TB", "TBA", "RAND", "FRAND", "SEP", "SEPs",
			"TPM", "PhD", "MBA", "MSc", "BSc", "LLM", "JD", "COD", "COM", "KOM", "SEC", "OJ", "Q&A", "FYI", "ASAP",
			"AKA", "aka", "etc", "USA", "US", "UK", "GB", "PRC", "ROC", "UAE", "USSR", "EEA", "CIS", "II", "III", "IV",
			"VI", "VII", "VIII", "IX", "XI", "XII", "AD", "BC", "BCE", "CE", "NOTE", "DRAFT", "TRIPS", "TRIPs", "EPC",
			"PCT", "EPLA", "IPRED", "IPRED2", "EUCD", "DMCA", "AUSFTA", "TTIP", "ACTA", "CETA", "NAFTA", "GATT", "TFEU",
			"TEU", "UPC", "UPCA", "EEC", "EC-Treaty", "SPC", "A4", "A5", "EN", "DE", "FR", "NL", "ES", "IN", "SE", "DK",
			"AT", "BE", "PL", "PT", "IE", "FI", "HU", "CZ", "SK", "SI", "LU", "LV", "LT", "EE", "CY", "MT", "GR", "IS",
			"NO", "CH", "JP", "CN", "KR", "AU", "NZ", "CA", "ZA", "WW", "RU", "BR", "MX");

	/**
	 * Single capitalized words the name finder takes for names at the start of a sentence
	 * or line.
	 */
	static final Set<String> NOT_NAMES = words("they", "them", "their", "it", "its", "we", "our", "us", "he", "she",
			"his", "her", "i", "you", "your", "this", "that", "these", "those", "there", "here", "who", "what", "which",
			"do", "did", "does", "done", "thank", "thanks", "yes", "no", "not", "also", "however", "please", "see",
			"note", "read", "more", "news", "links", "link", "home", "contents", "introduction", "summary", "update",
			"updates", "background", "timeline", "chronology", "details", "comments", "comment", "overview", "english",
			"deutsch", "français", "german", "french", "european", "american", "british", "dutch", "a", "an", "the",
			"and", "or", "but", "if", "when", "where", "why", "how", "all", "some", "many", "most", "each", "every",
			"both", "either", "neither", "none", "one", "two", "three", "first", "second", "third", "last", "next",
			"new", "old", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "government", "state", "states", "patent", "patents", "software",
			"directive", "proposal", "amendment", "amendments", "vote", "votes", "press", "release", "letter",
			"statement", "question", "questions", "answer", "answers", "page", "article", "articles", "section",
			"chapter", "annex", "appendix", "table", "figure", "pr", "faq", "general", "according");

	/**
	 * Connectors inside a name: "Office of the Governor", "Ministry for Economic Affairs
	 * and Climate Action".
	 */
	static final Set<String> CONNECTORS = words("of", "for", "the", "and", "on", "in", "to", "with", "through", "by",
			"a", "an", "at", "de", "des", "du", "la", "le", "les", "et", "für", "und", "der", "die", "das", "den",
			"von", "van", "zur", "zum", "d'", "l'", "'s", "’s", "&");

	/**
	 * Connectors that start the complement of a name's head: the head is the word before.
	 */
	/**
	 * Prepositions and adverbs that open a sentence before a name, never part of it
	 * ("Under the Notice on ...").
	 */
	/** Adverbs that open a sentence before a name: "Even the Commission". */
	static final Set<String> SENTENCE_ADVERBS = Set.of("Even", "So", "Hopefully", "OTOH", "Also", "Only", "Perhaps",
			"Maybe", "Indeed", "Still", "Now", "Then", "Thus", "Hence", "Therefore", "However", "Meanwhile", "Yet");

	static final Set<String> LEADING_WORDS = words("under", "from", "after", "within", "since", "as", "per", "during",
			"before", "between", "against", "into", "upon", "via", "about", "over", "following", "pursuant", "in",
			"with", "by", "on", "for", "to", "at", "of", "unlike", "like", "besides", "despite", "meanwhile", "thus",
			"hence", "therefore", "accordingly", "further", "furthermore", "moreover", "instead", "whereas");

	/**
	 * Words of {@link #NOT_NAMES} that are no name alone but begin names: "European
	 * Patent Convention", "State Council", "General Office", "Software Freedom Law
	 * Center", "New Zealand".
	 */
	static final Set<String> NAME_PARTS = words("european", "american", "british", "dutch", "german", "french",
			"english", "patent", "patents", "software", "state", "states", "general", "government", "new", "first",
			"second", "third", "press");

	/** Legal forms after a company's name: the name ends there ("Qdeck Inc. in ..."). */
	/**
	 * Words for a page, paper or search of an organization that end an organization's
	 * mention on web pages ("Google Search", "SEC Filing", "Timeline PR", "BKSH Text"):
	 * the name is the words before them. Case-sensitive.
	 */
	static final Set<String> PAPER_WORDS = Set.of("Search", "Filing", "Filings", "Statement", "PR", "Text", "article",
			"Article", "homepage", "Homepage", "website", "Website");

	static final Set<String> LEGAL_FORMS = words("Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Corporation", "GmbH",
			"AG", "SA", "S.A.", "LLC", "Llc", "plc", "PLC", "Co.", "BV", "B.V.", "NV", "AB", "Oy", "SpA", "SARL");

	/** Months and weekdays: a date after a name is not part of it. */
	static final Set<String> CALENDAR = words("january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday");

	/**
	 * Prepositions that join a name's complement only right after its head ("Notice on
	 * ...", "Committee on ...") or inside a policy title's complement; elsewhere they
	 * start what follows the name ("... Inc. in the Munich Regional Court", "... Agency
	 * through the ... Program", "... Foundation on 18 October").
	 */
	static final Set<String> WEAK_PREPOSITIONS = words("on", "to", "in", "with", "through", "by", "at", "regarding",
			"concerning");

	/** The weak prepositions that may open the complement of a head: "Notice on". */
	static final Set<String> HEAD_PREPOSITIONS = words("on", "regarding", "concerning");

	static final Set<String> PREPOSITIONS = words("of", "for", "on", "to", "with", "through", "by", "at", "in", "de",
			"des", "du", "für", "der", "zur", "zum", "regarding", "concerning");

	static boolean isConnector(String token) {
		return CONNECTORS.contains(token.toLowerCase(Locale.ROOT));
	}

}
