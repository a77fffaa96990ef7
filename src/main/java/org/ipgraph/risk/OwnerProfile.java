package org.ipgraph.risk;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An owner as the graph shows it: its group (itself and its subsidiaries), the facts the
 * score is computed from, and the evidence behind them.
 *
 * @param organization the owner
 * @param members the owner and its subsidiaries, whose patents and suits count as its own
 * @param facts the counts the score is computed from
 * @param cases infringement suits the group filed
 * @param acquisitions recorded acquisitions of patents
 * @param links holding-like organizations around it and how they are linked
 * @param ptab PTAB trials against its patents
 * @param descriptions sentences that describe a member as a patent-assertion or licensing
 * company, or as suing many companies
 */
public record OwnerProfile(Ref organization, List<Ref> members, OwnerFacts facts, List<CaseFact> cases,
		List<AcquisitionFact> acquisitions, List<LinkFact> links, List<PtabFact> ptab,
		List<DescriptionFact> descriptions) implements Serializable {

	public OwnerProfile(Ref organization, List<Ref> members, OwnerFacts facts, List<CaseFact> cases,
			List<AcquisitionFact> acquisitions, List<LinkFact> links, List<PtabFact> ptab) {
		this(organization, members, facts, cases, acquisitions, links, ptab, List.of());
	}

	/**
	 * A sentence describing a member's business with patents.
	 *
	 * @param member the member described
	 * @param memberName its name
	 * @param description {@code patent-assertion entity}, {@code licensing company} or
	 * {@code sues many companies}
	 * @param sentence the sentence
	 * @param document the document it is in
	 */
	public record DescriptionFact(String member, String memberName, String description, String sentence,
			String document) implements Serializable {
	}

	/**
	 * A node: its key and name.
	 *
	 * @param id the key (organization id, patent number, case id)
	 * @param name the name or title
	 */
	public record Ref(String id, String name) implements Serializable {
	}

	/**
	 * An asserted patent.
	 *
	 * @param number patent number
	 * @param title title
	 * @param filed priority or filing date
	 */
	public record AssertedPatent(String number, String title, LocalDate filed) implements Serializable {
	}

	/**
	 * A suit as plaintiff.
	 *
	 * @param id case key
	 * @param title case title
	 * @param court court code
	 * @param filedOn filing date
	 * @param outcome outcome, if known
	 * @param plaintiff the member that sued
	 * @param plaintiffName its name
	 * @param source where the fact comes from (uspto-oce, text, demo...)
	 * @param defendants the defendants
	 * @param defendantGroups the defendants rolled up to their parents
	 * @param patents asserted patents
	 * @param sentences text evidence, when the suit was read from text
	 */
	public record CaseFact(String id, String title, String court, LocalDate filedOn, String outcome, String plaintiff,
			String plaintiffName, String source, List<Ref> defendants, List<String> defendantGroups,
			List<AssertedPatent> patents, List<String> sentences) implements Serializable {
	}

	/**
	 * A recorded acquisition.
	 *
	 * @param buyer the member that acquired
	 * @param seller who sold
	 * @param on when
	 * @param patents how many patents
	 * @param source where the fact comes from
	 */
	public record AcquisitionFact(String buyer, Ref seller, LocalDate on, long patents,
			String source) implements Serializable {
	}

	/**
	 * A holding-like organization linked to the owner.
	 *
	 * @param organization the linked organization
	 * @param via {@code parent}, {@code sibling} (same parent), {@code subsidiary} or
	 * {@code address}
	 * @param through the shared parent or the shared address
	 * @param throughId the shared parent's key (null for an address)
	 * @param holdsOnly it holds patents but has no inventors of its own
	 */
	public record LinkFact(Ref organization, String via, String through, String throughId,
			boolean holdsOnly) implements Serializable {

		public boolean holdingLike() {
			return this.holdsOnly || HoldingNames.score(this.organization.name()) >= 0.6;
		}

	}

	/**
	 * A PTAB trial against a patent of the group.
	 *
	 * @param id proceeding number
	 * @param caseType ipr, pgr...
	 * @param filedOn filing date
	 * @param outcome status or outcome
	 * @param petitioners who petitioned
	 * @param patents challenged patents
	 */
	public record PtabFact(String id, String caseType, LocalDate filedOn, String outcome, List<Ref> petitioners,
			List<String> patents) implements Serializable {
	}

}
