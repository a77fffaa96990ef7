package org.ipgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.graph.PatentNumber;

/**
 * A patent or publication as any source describes it. Absent values are null and never
 * overwrite what the graph already has, so partial sources (an abstracts file, a citation
 * table) complete a patent instead of blanking it.
 *
 * @param number the parsed number
 * @param title title
 * @param abstractText abstract
 * @param claims claims text
 * @param filingDate application filing date
 * @param publicationDate publication date
 * @param grantDate grant date
 * @param priorityDate earliest priority date
 * @param applicationNumber application number as written
 * @param familyId family identifier of the source
 * @param type utility, design, plant, reissue, application...
 * @param owners assignees or applicants, in the source's order
 * @param inventors inventors, in the source's order
 * @param cpc CPC classifications, the first being the main one
 * @param citations patents this one cites
 * @param governmentInterest the federal-funding statement, if any
 * @param url a link to the source
 * @param term what the source says about the patent's term, or null
 * @param legalStatus the legal status the source states, or null
 */
public record PatentRecord(PatentNumber number, String title, String abstractText, String claims, LocalDate filingDate,
		LocalDate publicationDate, LocalDate grantDate, LocalDate priorityDate, String applicationNumber,
		String familyId, String type, List<Party> owners, List<Party> inventors, List<CpcSymbol> cpc,
		List<Citation> citations, String governmentInterest, String url, TermData term, StatedStatus legalStatus) {

	public PatentRecord {
		owners = List.copyOf(owners);
		inventors = List.copyOf(inventors);
		cpc = List.copyOf(cpc);
		citations = List.copyOf(citations);
	}

	/**
	 * The term data a USPTO grant carries ({@code us-term-of-grant} and the related US
	 * applications).
	 *
	 * @param adjustmentDays patent term adjustment ({@code us-term-extension}), 0 when
	 * the grant states none
	 * @param lengthYears the stated length of grant ({@code length-of-grant}, designs),
	 * or null
	 * @param terminalDisclaimer whether the patent is subject to a terminal disclaimer
	 * @param earliestUsFiling the earliest filing date of a US non-provisional parent
	 * (continuation, division, continuation in part) or of the PCT application it entered
	 * from, or null
	 */
	public record TermData(int adjustmentDays, Integer lengthYears, boolean terminalDisclaimer,
			LocalDate earliestUsFiling) {
	}

	/**
	 * A legal status a source states.
	 *
	 * @param status {@code in_force}, {@code pending}, {@code expired}, {@code lapsed} or
	 * {@code withdrawn}
	 * @param source the source that states it: {@code lens}, {@code patentsview}...
	 * @param raw the status as the source writes it
	 */
	public record StatedStatus(String status, String source, String raw) {
	}

	/**
	 * The keys of the organizations among the owners, as the graph stores them
	 * ({@link OrganizationNames#key}): distinct, in the order given, leaving out names
	 * that key to nothing. People among the owners are not organizations.
	 */
	public List<String> organizationKeys() {
		return this.owners.stream()
			.filter(o -> !o.isPerson())
			.map(o -> OrganizationNames.key(o.rawName()))
			.filter(k -> !k.isEmpty())
			.distinct()
			.toList();
	}

	public static Builder builder(PatentNumber number) {
		return new Builder(number);
	}

	/**
	 * A citation to another patent.
	 *
	 * @param cited the cited patent
	 * @param category who cited it or how: "cited by examiner", "cited by applicant",
	 * "X"...
	 */
	public record Citation(PatentNumber cited, String category) {
	}

	/**
	 * Builds a record field by field, as readers parse them.
	 */
	public static final class Builder {

		private final PatentNumber number;

		private String title;

		private String abstractText;

		private String claims;

		private LocalDate filingDate;

		private LocalDate publicationDate;

		private LocalDate grantDate;

		private LocalDate priorityDate;

		private String applicationNumber;

		private String familyId;

		private String type;

		private final List<Party> owners = new ArrayList<>();

		private final List<Party> inventors = new ArrayList<>();

		private final List<CpcSymbol> cpc = new ArrayList<>();

		private final List<Citation> citations = new ArrayList<>();

		private String governmentInterest;

		private String url;

		private TermData term;

		private StatedStatus legalStatus;

		private Builder(PatentNumber number) {
			this.number = number;
		}

		public Builder title(String title) {
			this.title = blankToNull(title);
			return this;
		}

		public Builder abstractText(String abstractText) {
			this.abstractText = blankToNull(abstractText);
			return this;
		}

		public Builder claims(String claims) {
			this.claims = blankToNull(claims);
			return this;
		}

		public Builder filingDate(LocalDate date) {
			this.filingDate = date;
			return this;
		}

		public Builder publicationDate(LocalDate date) {
			this.publicationDate = date;
			return this;
		}

		public Builder grantDate(LocalDate date) {
			this.grantDate = date;
			return this;
		}

		public Builder priorityDate(LocalDate date) {
			this.priorityDate = date;
			return this;
		}

		public Builder applicationNumber(String applicationNumber) {
			this.applicationNumber = blankToNull(applicationNumber);
			return this;
		}

		public Builder familyId(String familyId) {
			this.familyId = blankToNull(familyId);
			return this;
		}

		public Builder type(String type) {
			this.type = blankToNull(type);
			return this;
		}

		public Builder owner(Party owner) {
			if (owner.rawName() != null && !owner.rawName().isBlank()) {
				this.owners.add(owner);
			}
			return this;
		}

		public Builder inventor(Party inventor) {
			if (inventor.person() != null && !inventor.person().isBlank()) {
				this.inventors.add(inventor);
			}
			return this;
		}

		public Builder cpc(CpcSymbol symbol) {
			if (!this.cpc.contains(symbol)) {
				this.cpc.add(symbol);
			}
			return this;
		}

		public Builder cites(PatentNumber cited, String category) {
			this.citations.add(new Citation(cited, blankToNull(category)));
			return this;
		}

		public Builder governmentInterest(String statement) {
			this.governmentInterest = blankToNull(statement);
			return this;
		}

		public Builder url(String url) {
			this.url = blankToNull(url);
			return this;
		}

		public Builder term(TermData term) {
			this.term = term;
			return this;
		}

		/**
		 * A legal status the source states; nothing when {@code status} is null.
		 */
		public Builder legalStatus(String status, String source, String raw) {
			this.legalStatus = status == null ? null : new StatedStatus(status, source, raw);
			return this;
		}

		public PatentRecord build() {
			return new PatentRecord(this.number, this.title, this.abstractText, this.claims, this.filingDate,
					this.publicationDate, this.grantDate, this.priorityDate, this.applicationNumber, this.familyId,
					this.type, this.owners, this.inventors, this.cpc, this.citations, this.governmentInterest, this.url,
					this.term, this.legalStatus);
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s.strip();
		}

	}

}
