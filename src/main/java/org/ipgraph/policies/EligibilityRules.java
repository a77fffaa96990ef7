package org.ipgraph.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads eligibility facts from the sentences and names of a policy or fund text: who may
 * apply and who may not, size, region, technology fields, the instrument, amounts,
 * deadlines and dates, and the issuing body. Rules over the sentence's words (precise
 * patterns, not a trained model), each fact keeping its sentence. Pure: plain inputs.
 */
final class EligibilityRules {

	/** A sentence of the document: offsets are characters in the document text. */
	record Line(int index, int start, int end, String text) {
	}

	/**
	 * A name the pipeline found: type (ORGANIZATION, MONEY, DATE, LOCATION...), text,
	 * sentence, offsets, and the node it links to (label and key, null when unlinked).
	 */
	record Name(String type, String text, int sentence, int start, int end, String label, String id) {
	}

	// Sentences that say who may apply or benefit
	private static final Pattern CUE = Pattern.compile("\\b(may (?:apply|elect|receive|take part|submit|enter|claim|"
			+ "benefit|be (?:awarded|granted))|can (?:apply|claim|request)|eligib\\w*|applicants?|open to|must be|must have|"
			+ "only\\b|take part|receives?|go(?:es)? to|went to|is for|are for|supports?|help(?:s|ed)?|benefit\\w*|"
			+ "qualif\\w*|available to|granted to|covered|recipients?|entitled|award(?:s|ed)? to|let\\b|allows?|"
			+ "may not|cannot|not eligible|excluded|favou?rs?|encourage\\w*|reward\\w*|reduc\\w*|compensat\\w*|"
			+ "to any|for (?:small|smes?|companies|universities|enterprises)|enter into\\b[^.;]{0,160}?\\bwith\\b|"
			+ "appl(?:y|ies) for|may decide|invests? (?:\\w+ )?in(?:to)?\\b|(?:grants?|loans?|financing|funding|assistance) "
			+ "to\\b|to (?:innovative )?(?:small|smes?|micro)\\b|submitted by|may (?:also )?lead\\b)",
			Pattern.CASE_INSENSITIVE);

	// Rule F: a right the text gives to a person or a holder ("a patent owner may
	// request", "a person who is not the owner of a patent may file", "applications filed
	// by nationals or residents of"): the party the text lets act, or whose filings it
	// takes, may be of any kind (an organization is a legal person and owns patents). The
	// party is a person, an owner or holder, a national or a resident, named with an
	// article as the subject of "may" (not "may not", "may be") in the same clause, or as
	// the agent of a filing
	private static final Pattern PARTY_MAY = Pattern.compile("\\b(?:a|an|any|every|each)\\s+(?:[\\w-]+\\s+){0,2}?"
			+ "(?:person|owner|holder|national|resident)s?\\b(?:(?!\\bmay\\b)[^.;:]){0,200}?\\bmay (?:also )?"
			+ "(?!not\\b|be\\b)\\w+|\\b(?:filed|made|requested|brought) by (?:the |a |an |any )?"
			+ "(?:persons?|nationals?|residents?|owners?|holders?)\\b", Pattern.CASE_INSENSITIVE);

	// Rule H: what an agency runs for others names them as it gives ("disseminate
	// information ... to State and local governments and to private industry", "may loan,
	// lease, or give research equipment ... to an educational institution", "make its
	// data
	// available to"): the parties something is provided, given, lent, transferred or
	// disseminated to are its recipients
	private static final Pattern GIVES_TO = Pattern.compile("\\b(?:provid(?:e|es|ed|ing)|give|gives|given|lend|lends|"
			+ "loan|loans|lease|transfer(?:s|red)?|disseminat(?:e|es|ed|ion|ing)|furnish(?:es|ed)?|distribut(?:e|es|ed|ion))"
			+ "\\b[^.;:]{0,160}?\\bto\\b", Pattern.CASE_INSENSITIVE);

	// An item of a statute's list: "(1) a State;", "(A) is a nonprofit organization..."
	private static final Pattern ITEM = Pattern.compile("^\\s*\\((?:[0-9]{1,3}|[A-Za-z]{1,4})\\)\\s");

	private static final Pattern NEGATION = Pattern
		.compile("\\b(cannot|can not|may not|not eligible|are excluded|is excluded|are not covered|were not covered|"
				+ "does not fund|do not count|not among)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern PREFERENCE = Pattern
		.compile("\\b(favou?rs?|favou?red|priority|preference|prefer|special consideration|in particular|mainly|mostly|"
				+ "particularly|especially)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern EXAMPLE = Pattern.compile("\\b(for example|such as|e\\.g\\.|including|like)\\b",
			Pattern.CASE_INSENSITIVE);

	// Cues too weak to make an item of a list say who may apply by itself: the item of a
	// list of activities ("(C) financing that supports business ventures") names whom the
	// activity serves, not who applies
	private static final Pattern WEAK_CUE = Pattern.compile("^(?:supports?|help(?:s|ed)?|benefit\\w*|encourage\\w*|"
			+ "reward\\w*|reduc\\w*|compensat\\w*|let|allows?|favou?rs?|go(?:es)? to|went to|is for|are for|"
			+ "invests? (?:\\w+ )?in(?:to)?)$", Pattern.CASE_INSENSITIVE);

	// The definition of a party of the text: "the term “partnership intermediary” means
	// an agency of a State or local government, or a nonprofit entity ..."
	private static final Pattern PARTY_DEFINITION = Pattern.compile(
			"\\bterm [“\"'‘]([^”\"'’]{2,80})[”\"'’],? (?:as used " + "in this \\w+, )?(?:means|shall mean|includes)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PARTY_NOUN = Pattern.compile(
			"\\b(?:recipients?|applicants?|entit(?:y|ies)|"
					+ "intermediar(?:y|ies)|organi[sz]ations?|institutions?|partners?|participants?|concerns?|firms?|"
					+ "licensees?|grantees?|awardees?|beneficiar(?:y|ies)|contractors?|enterprises?|compan(?:y|ies))$",
			Pattern.CASE_INSENSITIVE);

	// A definition's head ends where a clause on what the party does begins (", that
	// assists ... small business firms")
	private static final Pattern DEFINITION_TAIL = Pattern.compile(",\\s+(?:that|which|who)\\b");

	// "with a partnership intermediary that provides services ... with small business
	// firms": the kinds after a clause on what the party does are whom it serves
	private static final Pattern SERVES = Pattern.compile("\\bwith an? [\\w -]{1,40}? (?:that|which|who) "
			+ "(?!(?:is|are|was|were|has been|have been|qualif\\w*|meets?)\\b)\\w+", Pattern.CASE_INSENSITIVE);

	// A place named as the one whose good the policy serves ("the well-being of the
	// United States") does not say where applicants must be
	private static final Pattern PURPOSE_OF = Pattern.compile(
			"\\b(?:well-being|welfare|econom(?:y|ies)|"
					+ "competitiveness|security|interests?|benefit|prosperity|leadership|needs)\\s+of\\s+(?:the\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	// The seat of a body ("its Court of Appeal sits in Luxembourg", "an office seated in
	// Munich") is where the body is, not where applicants must be
	private static final Pattern SEAT_OF = Pattern.compile(
			"\\b(?:sits?|sitting|seated|(?:has|have|with) (?:its|their) (?:seat|headquarters))\\s+in\\s+(?:the\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	// A place in a list after "excluding", "except" or "other than" ("registered in
	// China,
	// excluding Hong Kong, Macao and Taiwan") is left out, not a region
	private static final Pattern EXCEPT = Pattern.compile(
			"\\b(?:excluding|except(?:ing)?|other than)\\b(?:\\s+(?:for|in|the))?(?:[\\s,]+(?:and|or|[A-Z][\\w'.-]*))*\\s*$");

	// Rule J: a place named as where goods are used, sold, made or traded ("the exclusive
	// right to use or sell any subject invention in the United States", "products ...
	// manufactured substantially in") or as a party sued ("bring suit against the United
	// States") is a condition on products or a defendant, not where applicants must be.
	// Where research is done or a facility is built stays a region (a condition of the
	// project the applicant runs)
	private static final Pattern ACT_IN = Pattern.compile(
			"\\b(?:(?:use|used|sell|sold|manufactured|produced|"
					+ "exported|imported)\\b(?:\\s+[\\w-]+){0,4}?\\s+(?:in|within|into)|against)\\s+(?:the\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	// Rule G: a residence denied ("every patentee not residing in the United States", "a
	// non-resident in") leaves the place out: applicants must reside elsewhere
	private static final Pattern NOT_IN = Pattern.compile(
			"\\b(?:not|non-?)\\s*(?:residing|resident|domiciled)\\s+" + "(?:in|within)\\s+(?:the\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	// A sentence on what money may be used for ("Grants may not be used to pay for (A)
	// costs ... to relocate an existing business") says what it pays for, not who gets it
	private static final Pattern USE = Pattern.compile(
			"\\b(?:may|shall|must|can|will)(?: not| only)? be used\\b|\\bmay not be spent\\b",
			Pattern.CASE_INSENSITIVE);

	// Money "from other Federal agencies, State ... agencies, private sector for-profit
	// entities": its sources, not its recipients (to the end of the clause)
	private static final Pattern SOURCE = Pattern.compile("\\b(?:funds|money|gifts|donations|contributions|"
			+ "financing|appropriations)\\s+(?:provided\\s+)?(?:from|by)\\b[^;]*", Pattern.CASE_INSENSITIVE);

	// "(2) The Federal agency employing such co-inventor ... may submit", "A Federal
	// agency shall normally grant a license": an agency that is the subject of the
	// sentence acts; it is not an applicant
	// "... personnel", "... employees": the people of an organization of that kind
	private static final Pattern PEOPLE_OF = Pattern.compile("\\s+(?:personnel|employees|staff)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MODAL = Pattern.compile("\\b(?:shall|may|will|must)\\b", Pattern.CASE_INSENSITIVE);

	// "an oath or declaration of the inventor": the inventor makes a document the text
	// asks for, and is not whom it grants the right (the applicant files it)
	private static final Pattern DOCUMENT_OF = Pattern.compile(
			"\\b(?:oath|declaration|signature|statement)s?\\s+(?:\\w+\\s+)?of\\s+(?:the|an|each|every)\\s+$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AGENCY_ACTS = Pattern.compile(
			"^\\s*(?:\\([0-9A-Za-z]{1,4}\\)\\s*)?(?:(?:the|a|an|each|every)\\s+)?(?:head of (?:the|an?|each)\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	// "domestic manufacturers": of the text's own country
	private static final Pattern DOMESTIC = Pattern.compile("\\bdomestic\\b", Pattern.CASE_INSENSITIVE);

	// US federal law: cites the Code or the CFR, or is headed "Title 15 ... § 3711c"
	private static final Pattern US_LAW = Pattern.compile("\\bU\\.S\\.C\\.|\\bC\\.?F\\.?R\\.?\\b|^\\s*#*\\s*§",
			Pattern.MULTILINE);

	private static final Map<String, Pattern> APPLICANTS = new LinkedHashMap<>();

	static {
		APPLICANTS.put("any",
				Pattern.compile("\\b(any (?:entity|person|organi[sz]ation|individual or|one)|"
						+ "any person or institution|regardless of kind|"
						+ "(?:individuals?|persons?) or entit(?:y|ies)|entit(?:y|ies) or (?:individuals?|persons?))\\b",
						Pattern.CASE_INSENSITIVE));
		APPLICANTS.put("company", Pattern.compile("\\b(small business (?:concerns?|firms?)|businesse?s?|business "
				+ "firms?|compan(?:y|ies)|enterprises?|smes?|start-ups?|spin-outs?|firms|(?<!not[- ])for[- ]profit|industrial "
				+ "organi[sz]ations?|private entit(?:y|ies)|corporations?|manufacturers?|entrepreneurs|contractors|"
				+ "patentees?|proprietors?|(?:private )?industry|private sector)\\b", Pattern.CASE_INSENSITIVE));
		APPLICANTS.put("university",
				Pattern.compile("\\b(universit(?:y|ies)|institutions? of higher (?:education|learning)|colleges?|"
						+ "academia|educational institutions?)\\b", Pattern.CASE_INSENSITIVE));
		APPLICANTS.put("institute", Pattern.compile("\\b((?:research|research and development|r&d|scientific research) "
				+ "(?:institutions?|institutes?|organi[sz]ations?|centers?|centres?|bodies)|public research|ffrdcs?)\\b",
				Pattern.CASE_INSENSITIVE));
		APPLICANTS.put("nonprofit", Pattern.compile("\\b(non-?profits?|not-for-profit|non-profit organi[sz]ations?)\\b",
				Pattern.CASE_INSENSITIVE));
		APPLICANTS.put("government",
				Pattern.compile("\\b(federal agenc(?:y|ies)|federal entit(?:y|ies)|other federal agencies|local "
						+ "governments?|state and local|units? of (?:general )?local government|indian tribes?|public "
						+ "bodies|government agenc(?:y|ies)|municipalit(?:y|ies)|provinces)\\b",
						Pattern.CASE_INSENSITIVE));
		APPLICANTS.put("federal-lab",
				Pattern.compile("\\b(national (?:laborator(?:y|ies)|labs?)|federal " + "laborator(?:y|ies))\\b",
						Pattern.CASE_INSENSITIVE));
		APPLICANTS.put("individual", Pattern.compile(
				"\\b(natural persons?|individuals?|self-employed|inventors?|personnel)\\b", Pattern.CASE_INSENSITIVE));
		APPLICANTS.put("bank",
				Pattern.compile("\\b(banks?|lenders?|financial institutions?)\\b", Pattern.CASE_INSENSITIVE));
	}

	private static final Map<String, Pattern> SIZES = new LinkedHashMap<>();

	static {
		SIZES.put("any", Pattern.compile("\\b(regardless of (?:their )?size|of any size|whatever (?:its|their) size|"
				+ "no size (?:limit|restriction))\\b", Pattern.CASE_INSENSITIVE));
		SIZES.put("micro",
				Pattern.compile("\\bmicro(?:-| )?(?:entit(?:y|ies)|enterprises?)\\b", Pattern.CASE_INSENSITIVE));
		SIZES.put("small-business",
				Pattern.compile(
						"\\b(small business(?:es| concerns?| firms?)?|small entit(?:y|ies)|small manufacturers?)\\b",
						Pattern.CASE_INSENSITIVE));
		SIZES.put("sme",
				Pattern.compile("\\b(smes?|small and medium[- ]sized|small or medium[- ]sized|small- or "
						+ "medium-sized|small and medium enterprises?|medium-sized enterprises|small mid-caps)\\b",
						Pattern.CASE_INSENSITIVE));
		// a ceiling on income or turnover is a size condition ("taxable income below RMB
		// 1
		// million")
		SIZES
			.put("small", Pattern.compile("\\bsmall (?:enterprises?|companies)\\b|\\b(?:taxable income|turnover|annual "
					+ "revenue|annual sales)\\b[^.;]{0,60}?\\b(?:below|under|less than|not exceeding|up to|at most)\\b",
					Pattern.CASE_INSENSITIVE));
	}

	private static final Pattern EMPLOYEES = Pattern.compile(
			"\\b(?:no more than|not more than|fewer than|less than|at most|up to|under|below)\\s+([\\d,]+)\\s+employees",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, Pattern> INSTRUMENTS = new LinkedHashMap<>();

	static {
		INSTRUMENTS.put("risk-compensation", Pattern
			.compile("\\b(risk compensation|compensates? [^.;]*(?:loss|" + "principal))", Pattern.CASE_INSENSITIVE));
		INSTRUMENTS.put("loan-guarantee",
				Pattern.compile(
						"\\b(loan guarantees?|guarantee facilit(?:y|ies)|"
								+ "guarantees? (?:of|for|on) loans|guarantees? to (?:banks|lenders))\\b",
						Pattern.CASE_INSENSITIVE));
		INSTRUMENTS.put("tax-relief", Pattern.compile("\\b(tax credits?|tax relief|tax deductions?|tax incentives?|"
				+ "reduced (?:rate of )?(?:corporation |income )?tax|income tax rate|tax rate of|deduction from "
				+ "(?:its|their) (?:income )?tax|super-deduction|tax exemption)\\b", Pattern.CASE_INSENSITIVE));
		INSTRUMENTS.put("subsidy", Pattern.compile("\\b(subsid(?:y|ies|ised|ized)|interest subsid\\w*|reimburs\\w*)\\b",
				Pattern.CASE_INSENSITIVE));
		INSTRUMENTS.put("investment", Pattern.compile("\\b(equity|quasi-equity|investment component|invests?\\b|"
				+ "investments in exchange|venture capital fund)", Pattern.CASE_INSENSITIVE));
		// "shall grant a license", "may grant title": the verb is no grant (rule J)
		INSTRUMENTS.put("grant", Pattern.compile(
				"\\b((?<!\\b(?:shall|may|to|not|will|must|also) )grants?\\b|awards?\\b|vouchers?|prizes?|cooperative "
						+ "agreements?|matching grants?)",
				Pattern.CASE_INSENSITIVE));
		INSTRUMENTS.put("other",
				Pattern.compile("\\b(fees? (?:are |is )?(?:reduced|reduction|exempted|waived)|reduced "
						+ "(?:court )?fees|fee reductions?|reduction of (?:the )?fees|compensation for the costs|"
						+ "open licen[cs]\\w*|licen[cs]e (?:to|on)|retain title|elect (?:to retain )?title)\\b",
						Pattern.CASE_INSENSITIVE));
	}

	// Amounts written with a currency
	private static final Pattern MONEY = Pattern
		.compile("(?:(?:US)?\\$\\s?\\d(?:[\\d,.]*\\d)?(?:\\s(?:million|billion))?|"
				+ "\\b(?:EUR|RMB|USD|GBP|CNY)\\s?\\d(?:[\\d,.]*\\d)?(?:\\s(?:million|billion))?|\\b\\d(?:[\\d,.]*\\d)?\\s(?:million |"
				+ "billion )?(?:yuan|euros?|pounds|dollars))", Pattern.CASE_INSENSITIVE);

	private static final Pattern DEADLINE = Pattern.compile("\\b(deadlines?|cut-off|closed? on|closes?|due\\b|"
			+ "no later than|submit\\w* (?:by|before)|before the|until|window)", Pattern.CASE_INSENSITIVE);

	private static final Pattern DATED = Pattern
		.compile("\\b(took effect|takes effect|in force|entered into force|adopted|issued|signed|started|starts|"
				+ "launched|established|created|published|from \\d{4} to|period)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern DATE = Pattern.compile("\\b(?:\\d{1,2} (?:January|February|March|April|May|June|"
			+ "July|August|September|October|November|December) \\d{4}|(?:January|February|March|April|May|June|July|"
			+ "August|September|October|November|December) \\d{1,2}, \\d{4}|(?:January|February|March|April|May|June|"
			+ "July|August|September|October|November|December) \\d{4})\\b");

	private static final Pattern ISSUES = Pattern.compile("\\b(issued|issues|adopted|adopts|runs?|run by|managed|"
			+ "manages|administer\\w*|set up|sets up|established|establish|makes? the awards|made the awards|"
			+ "awarded by|launched|created|grants|granted by|on behalf of|writes|enacted|promulgated|approved|"
			+ "sponsor\\w*|operated|operates|Secretary)\\b", Pattern.CASE_INSENSITIVE);

	private static final String TAX_RELIEF = "tax-relief";

	/**
	 * The detail of the region of a tax relief: the country whose tax its claimants pay.
	 */
	static final String TAX_RESIDENCE = "tax residence";

	/**
	 * Rule I: public money goes to the country's own, but a right, a service or
	 * information a law gives is open to foreign persons where the text does not say
	 * otherwise (national treatment): a jurisdiction is a region of a policy only when
	 * one of its texts gives money, one of these instruments (all but {@code other}: fee
	 * reductions, licences, title).
	 */
	static final Set<String> MONEY_INSTRUMENTS = Set.of("grant", "subsidy", "loan-guarantee", "risk-compensation",
			"tax-relief", "investment");

	/** The detail of an exclusion that is a place: applicants must be elsewhere. */
	static final String LEFT_OUT = "place left out";

	/** Details of a size or field fact that make it no condition. */
	static final Set<String> NOT_BINDING = Set.of("preferred", "example", "mentioned");

	private EligibilityRules() {
	}

	/**
	 * Every fact the rules find, in sentence order.
	 * @param lines the sentences
	 * @param names the names found in them
	 */
	static List<EligibilityFact> read(List<Line> lines, List<Name> names) {
		List<EligibilityFact> facts = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		// the items of a list say who may apply when the sentence that leads them does
		// ("the term 'eligible recipient' means" ... "(1) a State;" "(2) an Indian
		// tribe;")
		boolean leadCue = false;
		String home = home(lines);
		for (Line line : lines) {
			String text = line.text();
			boolean item = ITEM.matcher(text).find();
			// "the term “partnership intermediary” means an agency of a State ...": the
			// definition of a party says who that party may be
			Matcher definition = PARTY_DEFINITION.matcher(text);
			boolean party = definition.find() && PARTY_NOUN.matcher(definition.group(1).strip()).find();
			boolean ownCue = party || (!USE.matcher(text).find()
					&& (CUE.matcher(text).find() || PARTY_MAY.matcher(text).find() || GIVES_TO.matcher(text).find()));
			if (!item) {
				leadCue = ownCue;
			}
			// an item of a list whose lead says nothing of applicants (a list of
			// activities) names applicants only by a cue of its own that is not a weak
			// one
			// rule K: an item that defines a party ("(C) the term “related health care
			// entity” shall mean an entity ...") says who the party may be, as a
			// definition outside a list does
			boolean cue = item ? leadCue || party || strongCue(text) : ownCue;
			boolean negated = NEGATION.matcher(text).find();
			boolean preferred = PREFERENCE.matcher(text).find();
			if (cue) {
				String scope = scope(text, party ? definition.end() : -1);
				Matcher acts = PARTY_MAY.matcher(scope);
				if (acts.find()) {
					add(facts, seen, "applicants", "any", acts.group(), line, null);
				}
				applicants(line, scope, negated, facts, seen);
				sizes(line, scope, negated, preferred, facts, seen);
				regions(line, scope, home, facts, seen);
			}
			// a list item's field is a condition only when the item itself says so (a
			// definition's "software-based system" is not a field of the applicants)
			fields(line, ownCue, facts, seen);
			instruments(line, facts, seen);
			amounts(line, names, facts, seen);
			dates(line, names, facts, seen);
			issuers(line, names, facts, seen);
		}
		taxResidence(lines, home, facts);
		jurisdiction(lines, facts, seen);
		if (facts.stream().noneMatch(f -> f.kind().equals("applicants") || f.kind().equals("excluded"))) {
			recipients(lines, facts, seen);
		}
		return facts;
	}

	/** The applicant kind of a patent role: whoever files or holds patents. */
	static final String PATENT_HOLDER = "patent-holder";

	/**
	 * A text whose sentences name no applicant kind: whom it grants a right, benefit or
	 * duty to (the recipient clause, {@link RecipientClause}): a universal recipient
	 * ("whoever", "any person") is {@code any}, a patent role ("the applicant", "the
	 * patentee", "a party to") is {@link #PATENT_HOLDER}, each with the words as detail
	 * ("recipient: the applicant"); a place the recipient does not reside in is left out.
	 */
	private static void recipients(List<Line> lines, List<EligibilityFact> facts, Set<String> seen) {
		for (Line line : lines) {
			for (RecipientClause.Recipient recipient : RecipientClause.read(line.text())) {
				String kind = recipient.category().equals(RecipientClause.UNIVERSAL) ? "any" : PATENT_HOLDER;
				add(facts, seen, "applicants", kind, "recipient: " + recipient.phrase(), line, null);
				for (Places.Place place : leftOut(recipient.phrase())) {
					add(facts, seen, "excluded", place.code(), LEFT_OUT, line, null);
				}
			}
		}
	}

	/**
	 * A tax relief is claimed by those who pay the tax it relieves, the tax of the text's
	 * own country (the one it names most): a text whose instrument read in most sentences
	 * is a tax relief gets that country as its region, marked {@code tax residence}, and
	 * the places read from its sentences (where the work is done, where patents are
	 * registered, who else is named) are dropped.
	 */
	static void taxResidence(List<Line> lines, String home, List<EligibilityFact> facts) {
		if (home == null) {
			return;
		}
		Map<String, Integer> sentences = new LinkedHashMap<>();
		Line first = null;
		for (Line line : lines) {
			for (Map.Entry<String, Pattern> instrument : INSTRUMENTS.entrySet()) {
				if (instrument.getValue().matcher(line.text()).find()) {
					sentences.merge(instrument.getKey(), 1, Integer::sum);
					if (first == null && instrument.getKey().equals(TAX_RELIEF)) {
						first = line;
					}
				}
			}
		}
		int tax = sentences.getOrDefault(TAX_RELIEF, 0);
		if (first == null || sentences.values().stream().anyMatch(n -> n > tax)) {
			return;
		}
		facts.removeIf(f -> f.kind().equals("region"));
		facts.add(new EligibilityFact("region", home, TAX_RESIDENCE, first.index(), first.start(), first.end(),
				first.text(), null));
	}

	private static void applicants(Line line, String scope, boolean negated, List<EligibilityFact> facts,
			Set<String> seen) {
		String text = scope;
		for (Map.Entry<String, Pattern> kind : APPLICANTS.entrySet()) {
			Matcher m = kind.getValue().matcher(text);
			boolean found = m.find();
			// "Federal laboratory personnel" are people, not the laboratory
			while (found && ((kind.getKey().equals("government") && agencyActs(text, m))
					|| (kind.getKey().equals("individual") && DOCUMENT_OF.matcher(text.substring(0, m.start())).find())
					|| (!kind.getKey().equals("individual")
							&& PEOPLE_OF.matcher(text).region(m.end(), text.length()).lookingAt()))) {
				found = m.find();
			}
			if (!found) {
				continue;
			}
			String what = m.group();
			// "the inventor" rewarded by an employer, "any entity" as licensee:
			// applicants
			// still
			boolean excluded = negated && negatedNear(text, m.start());
			add(facts, seen, excluded ? "excluded" : "applicants", kind.getKey(), what, line, null);
		}
		if (line.text().toLowerCase(Locale.ROOT).contains("foreign entity of concern") && negated) {
			add(facts, seen, "excluded", "foreign-entity-of-concern", "foreign entity of concern", line, null);
		}
	}

	// "(2) The Federal agency employing such co-inventor ... may submit": an agency that
	// opens the sentence and is followed by what it shall or may do
	private static boolean agencyActs(String text, Matcher kind) {
		return kind.group().toLowerCase(Locale.ROOT).matches(".*(?:agenc|federal).*")
				&& AGENCY_ACTS.matcher(text.substring(0, kind.start())).matches()
				&& MODAL.matcher(text.substring(kind.end(), Math.min(text.length(), kind.end() + 100))).find();
	}

	// A negation in the same clause after the kind's words ("Universities ... cannot
	// claim")
	private static boolean negatedNear(String text, int at) {
		Matcher n = NEGATION.matcher(text);
		while (n.find()) {
			int from = Math.min(at, n.start());
			int to = Math.max(at, n.start());
			String between = text.substring(from, to);
			if (to - from < 120 && !between.contains(";") && !between.contains(", but")) {
				return true;
			}
		}
		return false;
	}

	private static void sizes(Line line, String scope, boolean negated, boolean preferred, List<EligibilityFact> facts,
			Set<String> seen) {
		String text = scope;
		Matcher employees = EMPLOYEES.matcher(text);
		String threshold = employees.find() ? "max-employees=" + employees.group(1).replace(",", "") : null;
		for (Map.Entry<String, Pattern> size : SIZES.entrySet()) {
			Matcher m = size.getValue().matcher(text);
			if (!m.find()) {
				continue;
			}
			if (negated && negatedNear(text, m.start()) && !size.getKey().equals("any")) {
				continue;
			}
			String detail = preferred && !size.getKey().equals("any") ? "preferred" : threshold;
			add(facts, seen, "size", size.getKey(), detail, line, null);
			if (!size.getKey().equals("any")) {
				return;
			}
		}
		if (threshold != null) {
			add(facts, seen, "size", "sme", threshold, line, null);
		}
	}

	private static void regions(Line line, String scope, String home, List<EligibilityFact> facts, Set<String> seen) {
		for (Places.Place place : places(scope)) {
			add(facts, seen, "region", place.code(), place.words(), line, null);
		}
		for (Places.Place place : leftOut(scope)) {
			add(facts, seen, "excluded", place.code(), LEFT_OUT, line, null);
		}
		if (home != null && DOMESTIC.matcher(scope).find()) {
			add(facts, seen, "region", home, "domestic", line, null);
		}
	}

	/**
	 * The places a sentence names, but for one named as the place whose good the policy
	 * serves ("the well-being of the United States"), as the seat of a body ("the court
	 * sits in Luxembourg") or as left out ("excluding Hong Kong, Macao and Taiwan").
	 */
	static List<Places.Place> places(String text) {
		List<Places.Place> out = new ArrayList<>();
		for (Places.Place place : Places.in(text)) {
			int at = text.indexOf(place.words());
			String before = at < 0 ? "" : text.substring(Math.max(0, at - 60), at);
			if (at < 0 || !(PURPOSE_OF.matcher(before).find() || SEAT_OF.matcher(before).find()
					|| EXCEPT.matcher(before).find() || NOT_IN.matcher(before).find()
					|| ACT_IN.matcher(before).find())) {
				out.add(place);
			}
		}
		return out;
	}

	/**
	 * The places a sentence leaves out: named after "excluding", "except", "other than",
	 * or as where applicants do not reside or are not established.
	 */
	static List<Places.Place> leftOut(String text) {
		List<Places.Place> out = new ArrayList<>();
		for (Places.Place place : Places.in(text)) {
			int at = text.indexOf(place.words());
			String before = at < 0 ? "" : text.substring(Math.max(0, at - 60), at);
			if (at >= 0 && (EXCEPT.matcher(before).find() || NOT_IN.matcher(before).find())) {
				out.add(place);
			}
		}
		return out;
	}

	// A cue other than a weak one
	private static boolean strongCue(String text) {
		Matcher m = CUE.matcher(text);
		while (m.find()) {
			if (!WEAK_CUE.matcher(m.group()).matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The part of a sentence that may name applicants, the rest blanked (offsets kept): a
	 * definition of a party from its "means" to where a clause on what the party does
	 * begins; nothing after "with a partnership intermediary that provides ..."; and no
	 * source of money ("funds from other Federal agencies").
	 * @param definedFrom the end of a party definition's "means", or -1
	 */
	static String scope(String text, int definedFrom) {
		char[] out = text.toCharArray();
		int from = Math.max(0, definedFrom);
		int to = text.length();
		if (definedFrom >= 0) {
			Matcher tail = DEFINITION_TAIL.matcher(text);
			if (tail.find(definedFrom)) {
				to = tail.start();
			}
		}
		Matcher serves = SERVES.matcher(text);
		if (serves.find(from) && serves.end() < to) {
			to = serves.end();
		}
		for (int i = 0; i < out.length; i++) {
			if (i < from || i >= to) {
				out[i] = ' ';
			}
		}
		Matcher source = SOURCE.matcher(text);
		while (source.find()) {
			for (int i = source.start(); i < source.end(); i++) {
				out[i] = ' ';
			}
		}
		return new String(out);
	}

	/**
	 * The text's own country, for "domestic": the country it names most, else the United
	 * States for US federal law (it cites the Code or the CFR, or is headed by a section
	 * sign); else null.
	 */
	/**
	 * Whether a text defines its terms ("the term “eligible recipient” means"): the
	 * definitions of a statute's subsection are its section's.
	 */
	static boolean defines(String text) {
		return text != null && PARTY_DEFINITION.matcher(text).find();
	}

	static String home(List<Line> lines) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		boolean usLaw = false;
		for (Line line : lines) {
			for (Places.Place place : places(line.text())) {
				if (!place.code().startsWith("EU")) {
					counts.merge(place.code().substring(0, 2), 1, Integer::sum);
				}
			}
			usLaw |= US_LAW.matcher(line.text()).find();
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(usLaw ? "US" : null);
	}

	// a field is a condition only where the sentence says who may apply or benefit; named
	// elsewhere (a title, a definition, a purpose) it is mentioned, not required
	private static void fields(Line line, boolean cue, List<EligibilityFact> facts, Set<String> seen) {
		String text = line.text();
		String example = EXAMPLE.matcher(text).find() ? "example" : cue ? null : "mentioned";
		if (Fields.ANY.matcher(text).find()) {
			add(facts, seen, "fields", "any", "any field", line, null);
			return;
		}
		for (Fields.Field field : Fields.in(text)) {
			for (String cpc : field.cpc()) {
				add(facts, seen, "fields", cpc, example != null ? example : field.words(), line, null);
			}
		}
	}

	private static void instruments(Line line, List<EligibilityFact> facts, Set<String> seen) {
		for (Map.Entry<String, Pattern> instrument : INSTRUMENTS.entrySet()) {
			Matcher m = instrument.getValue().matcher(line.text());
			if (m.find()) {
				add(facts, seen, "instrument", instrument.getKey(), m.group(), line, null);
			}
		}
	}

	private static void amounts(Line line, List<Name> names, List<EligibilityFact> facts, Set<String> seen) {
		List<int[]> taken = new ArrayList<>();
		for (Name name : names) {
			if (name.sentence() == line.index() && "MONEY".equals(name.type())) {
				add(facts, seen, "amounts", name.text().strip(), null, line, null);
				taken.add(new int[] { name.start() - line.start(), name.end() - line.start() });
			}
		}
		Matcher m = MONEY.matcher(line.text());
		while (m.find()) {
			int s = m.start();
			if (taken.stream().noneMatch(t -> s >= t[0] && s < t[1])) {
				add(facts, seen, "amounts", m.group().strip(), null, line, null);
			}
		}
	}

	private static void dates(Line line, List<Name> names, List<EligibilityFact> facts, Set<String> seen) {
		boolean deadline = DEADLINE.matcher(line.text()).find();
		boolean dated = DATED.matcher(line.text()).find();
		if (!deadline && !dated) {
			return;
		}
		String kind = deadline ? "deadlines" : "dates";
		Set<String> found = new LinkedHashSet<>();
		for (Name name : names) {
			if (name.sentence() == line.index() && "DATE".equals(name.type())) {
				found.add(name.text().strip());
			}
		}
		Matcher m = DATE.matcher(line.text());
		while (m.find()) {
			String date = m.group();
			if (found.stream().noneMatch(f -> f.contains(date) || date.contains(f))) {
				found.add(date);
			}
		}
		for (String date : found) {
			add(facts, seen, kind, date, null, line, null);
		}
	}

	private static void issuers(Line line, List<Name> names, List<EligibilityFact> facts, Set<String> seen) {
		if (!ISSUES.matcher(line.text()).find()) {
			return;
		}
		for (Name name : names) {
			if (name.sentence() == line.index() && "ORGANIZATION".equals(name.type())) {
				add(facts, seen, "issuing_body", name.text().strip(), null, line,
						"Organization".equals(name.label()) ? name.id() : null);
			}
		}
	}

	/**
	 * Where no sentence names who may apply where (nor where they may not be), the
	 * country or region the whole text names most is its jurisdiction (a place named only
	 * as the one whose good the policy serves does not count).
	 */
	private static void jurisdiction(List<Line> lines, List<EligibilityFact> facts, Set<String> seen) {
		// a text that says where applicants may not be has said what it means of places
		if (facts.stream()
			.anyMatch(f -> f.kind().equals("region") || (f.kind().equals("excluded") && LEFT_OUT.equals(f.detail())))) {
			return;
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, Line> first = new LinkedHashMap<>();
		for (Line line : lines) {
			for (Places.Place place : places(line.text())) {
				counts.merge(place.code(), 1, Integer::sum);
				first.putIfAbsent(place.code(), line);
			}
		}
		counts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.ifPresent(e -> add(facts, seen, "region", e.getKey(), "jurisdiction", first.get(e.getKey()), null));
	}

	private static void add(List<EligibilityFact> facts, Set<String> seen, String kind, String value, String detail,
			Line line, String node) {
		// a fact stated as binding is kept beside the same value stated as a preference
		// or
		// an example
		boolean binding = detail == null || !NOT_BINDING.contains(detail);
		if (seen.add(kind + "|" + value.toLowerCase(Locale.ROOT) + "|" + binding)) {
			facts.add(new EligibilityFact(kind, value, detail, line.index(), line.start(), line.end(), line.text(),
					node));
		}
	}

}
