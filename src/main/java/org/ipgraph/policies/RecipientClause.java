package org.ipgraph.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whom a sentence grants a right, benefit or duty to: the subject of "may", "shall
 * be entitled", "is eligible" ("Whoever invents ... may obtain", "An applicant may
 * rescind"), the one a suit or request is brought by ("suit ... by any person"), the
 * owner of a patent an office acts on ("the Director shall ... reissue the patent", "may
 * ... issue a certificate of correction"), the party on whose petition, request or
 * application an office acts ("upon petition by the applicant for patent or patent owner,
 * the Director may revive"), and the holder of a patent or application a permission is
 * stated on in the passive ("the application may be revived"). The recipient is
 * classified by general legal-English categories, not by the phrases of particular
 * statutes: {@code universal} (whoever, any person, a person, any party, anyone, any
 * entity) or {@code role} (the applicant, the patentee, the owner or assignee of a
 * patent, an inventor, a party to, a claimant, a defendant: open to whoever files or
 * holds patents). Actors (the Director, an agency, a court, the Government) and
 * restricted kinds (a State, a small business concern) are no recipient here: the other
 * rules read the kinds. Pure: one sentence in, its recipients out.
 */
final class RecipientClause {

	/** A recipient that admits any applicant. */
	static final String UNIVERSAL = "universal";

	/** A patent role: open to whoever files or holds patents. */
	static final String ROLE = "role";

	/**
	 * One recipient.
	 *
	 * @param category {@link #UNIVERSAL} or {@link #ROLE}
	 * @param phrase the words that name it
	 */
	record Recipient(String category, String phrase) {
	}

	// the subject that opens a sentence and is followed, within a few words, by "may" or
	// "shall be entitled" ("Every patentee not residing in the United States may file")
	private static final Pattern START = Pattern.compile(
			"^\\s*(?:\\(\\w{1,4}\\)\\s*)*(?:[A-Z][\\w ,.-]{0,60}\\s{2,})?((?:whoever|any person|every|each|any|a|an"
					+ "|the)\\b[^,;:]{0,80}?)\\s+(?:\\w+\\s+){0,12}?(?:may|shall be entitled|is entitled)\\b(?! not\\b)",
			Pattern.CASE_INSENSITIVE);

	// the words just before a modal, back to a comma or a subordinating word
	private static final Pattern MODAL = Pattern.compile(
			"\\b(?:may|shall be entitled|is entitled|are entitled|"
					+ "shall have the right|is eligible|are eligible|shall be eligible)\\b(?! not\\b)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CLAUSE_BREAK = Pattern
		.compile("[,;:(]|\\b(?:that|which|if|when|whenever|unless|where)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern EMPTY_HEAD = Pattern.compile("(?:it|this|that|there|which|who|he|she|they|such)?",
			Pattern.CASE_INSENSITIVE);

	// "award and pay to such applicant"
	private static final Pattern TO_OBJECT = Pattern.compile("\\b(?:award|pay|grant|issue|reissue|make available|"
			+ "provide)\\b[^.;:]{0,120}?\\bto ((?:the|a|an|any|such|every|each)\\s+[\\w-]+(?:\\s+[\\w-]+){0,3})",
			Pattern.CASE_INSENSITIVE);

	// "the term 'eligible entity' means an entity that"
	private static final Pattern MEANS = Pattern.compile(
			"the term [\"“']?(?:eligible|qualified)[\\w\\s-]*[\"”']? means\\s+([^;:.]{0,120})",
			Pattern.CASE_INSENSITIVE);

	// "suit in Federal court by any person"
	private static final Pattern BY_ANY = Pattern.compile(
			"\\b(?:suit|action|request|petition|application|filing)s? "
					+ "(?:[\\w ]{0,40} )?by ((?:any person|whoever|any party|any entity)[^,;:]{0,40})",
			Pattern.CASE_INSENSITIVE);

	// an act of the office on a patent: for the patent's owner
	private static final Pattern ON_PATENT = Pattern.compile("\\b(?:shall|may)\\b[^.;]{0,120}?\\b(?:reissue the patent|"
			+ "issue a certificate of correction|extend the term of the patent)", Pattern.CASE_INSENSITIVE);

	// the party on whose petition, request or application an office acts ("upon petition
	// by
	// the applicant for patent or patent owner, the Director may revive", "on application
	// of
	// all the parties and assignees"): classified like any recipient
	private static final Pattern BY_PARTY = Pattern.compile("\\b(?:petition|request|application|motion)s? "
			+ "(?:[\\w ]{0,40}? )??(?:by|of) ((?:the|an?|any|all the|each|every)\\s+[\\w-]+(?:\\s+[\\w-]+){0,5})",
			Pattern.CASE_INSENSITIVE);

	// a permission stated in the passive on a patent, application or claim ("the patent
	// may be
	// reissued", "an application may be revived"): for whoever holds it
	private static final Pattern PASSIVE = Pattern.compile("\\b(?:the|a|an|any|such|each)\\s+(?:[\\w-]+\\s+){0,2}?"
			+ "(?:patent|application|claim)s?\\b[^.;:,]{0,60}?(?<!\\bas )\\bmay be (?:\\w+ )?(?:granted|reissued|"
			+ "revived|corrected|extended|restored|reinstated|accepted|amended|maintained|renewed)\\b",
			Pattern.CASE_INSENSITIVE);

	/** The holder of the patent or application a permission in the passive is about. */
	static final String HOLDER = "the holder of the patent or application (a permission stated in the passive)";

	private static final Pattern UNIVERSAL_WORDS = Pattern.compile("\\b(?:whoever|any person|a person|persons|"
			+ "any party|anyone|any entity|an entity|any individual or entity|any legal entity|an individual or "
			+ "entity)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern ROLE_WORDS = Pattern.compile("\\b(?:applicants?|patentees?|(?:patent )?owners?"
			+ "(?: of (?:a|the|any|such) patent)?|assignees?|inventors?|part(?:y|ies) to|claimants?|defendants?|"
			+ "holders? of|(?:the|any) part(?:y|ies))\\b", Pattern.CASE_INSENSITIVE);

	/** The owner of the patent an office acts on. */
	static final String PATENT_OWNER = "the owner of the patent (an act of the office on it)";

	private RecipientClause() {
	}

	/**
	 * The universal and role recipients of one sentence, in the order found.
	 * @param sentence the sentence
	 */
	static List<Recipient> read(String sentence) {
		List<Recipient> found = new ArrayList<>();
		Matcher start = START.matcher(sentence);
		if (start.find()) {
			add(found, start.group(1));
		}
		Matcher by = BY_ANY.matcher(sentence);
		while (by.find()) {
			found.add(new Recipient(UNIVERSAL, by.group(1).strip()));
		}
		if (ON_PATENT.matcher(sentence).find()) {
			found.add(new Recipient(ROLE, PATENT_OWNER));
		}
		Matcher party = BY_PARTY.matcher(sentence);
		while (party.find()) {
			add(found, party.group(1));
		}
		if (PASSIVE.matcher(sentence).find()) {
			found.add(new Recipient(ROLE, HOLDER));
		}
		Matcher modal = MODAL.matcher(sentence);
		while (modal.find()) {
			String[] parts = CLAUSE_BREAK.split(sentence.substring(0, modal.start()), -1);
			String[] words = parts[parts.length - 1].strip().split("\\s+");
			String head = String.join(" ", List.of(words).subList(Math.max(0, words.length - 8), words.length));
			if (!EMPTY_HEAD.matcher(head).matches()) {
				add(found, head);
			}
		}
		Matcher to = TO_OBJECT.matcher(sentence);
		while (to.find()) {
			add(found, to.group(1));
		}
		Matcher means = MEANS.matcher(sentence);
		while (means.find()) {
			add(found, means.group(1));
		}
		return found;
	}

	private static void add(List<Recipient> found, String phrase) {
		String category = classify(phrase);
		if (category != null) {
			found.add(new Recipient(category, phrase.strip()));
		}
	}

	/**
	 * The category of a recipient's words: universal, role, or null (an actor, or a kind
	 * the other rules read).
	 */
	static String classify(String phrase) {
		boolean universal = UNIVERSAL_WORDS.matcher(phrase).find();
		boolean role = ROLE_WORDS.matcher(phrase).find();
		if (universal) {
			return UNIVERSAL;
		}
		if (role) {
			return ROLE;
		}
		return null;
	}

}
