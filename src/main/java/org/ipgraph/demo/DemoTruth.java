package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the generator planted, for evaluations to measure recovery against. None of it is
 * stored in the graph as an answer: the graph holds only the facts the structure produces
 * (patents, owners, citations, cases...). Organization and person ids are graph keys;
 * patents are patent numbers.
 *
 * @param parameters what was generated
 * @param documentId the demo Document every demo patent is RECORDED_IN
 * @param partnerAffinities pairs that first co-apply after the cut year, with their
 * earlier signals
 * @param pools planted pool-like clusters with their decoys
 * @param npeGroups NPE-like shells, their portfolios and suits
 * @param litigatingOperatingCompanies operating companies that sue now and then (hard
 * negatives for NPE classification)
 * @param experts people known from documents, with consent and affiliation
 * @param parents organization id to the top of its corporate tree, for organizations that
 * have a parent
 * @param inventors which person invented which patent, and their Person node ids
 */
public record DemoTruth(DemoParameters parameters, String documentId, List<PartnerAffinity> partnerAffinities,
		List<PlantedPool> pools, List<NpeGroup> npeGroups, List<String> litigatingOperatingCompanies,
		List<Expert> experts, Map<String, String> parents, InventorTruth inventors) {

	/**
	 * Two organizations of complementary fields that first co-apply (own a patent
	 * together) in or after the cut year and never before.
	 *
	 * @param organization one side
	 * @param partner the other side
	 * @param field the first side's field
	 * @param partnerField the other side's field
	 * @param cutYear the cut year: no co-application with priority before it
	 * @param signals what was planted before the cut: co-invention, citation,
	 * inventor-mobility, common-partner:&lt;university id&gt;, partnership (thinned by
	 * noise)
	 * @param patentsBefore planted patents before the cut year that carry the signals
	 * @param coApplications the co-owned patents after the cut
	 * @param firstCoApplication filing date of the first of them
	 */
	public record PartnerAffinity(String organization, String partner, String field, String partnerField, int cutYear,
			List<String> signals, List<String> patentsBefore, List<String> coApplications,
			LocalDate firstCoApplication) {
	}

	/**
	 * A planted pool-like cluster around a synthetic standard.
	 *
	 * @param standard the Standard id, e.g. {@code DEMO-VC 1}
	 * @param field the technology field
	 * @param cpcGroup the CPC main group or subclass of the field, e.g. {@code H04N19}
	 * @param owners owners of member patents (raw organizations)
	 * @param ownerGroups the owners rolled up to the top of their corporate trees (at
	 * least 3)
	 * @param members complementary member patents (substitutes not included)
	 * @param declared members declared essential to the standard
	 * @param substitutes member to its near-duplicate continuation by the same owner: a
	 * substitute, not a complement
	 * @param decoyOwner owner of a tight single-owner cluster near the pool (no pool)
	 * @param decoyPatents that cluster
	 * @param missingHolder an independent owner of similar, undeclared patents: likely
	 * but missing from the pool
	 * @param missingHolderPatents its similar patents
	 */
	public record PlantedPool(String standard, String field, String cpcGroup, List<String> owners,
			List<String> ownerGroups, List<String> members, List<String> declared, Map<String, String> substitutes,
			String decoyOwner, List<String> decoyPatents, String missingHolder, List<String> missingHolderPatents) {
	}

	/**
	 * Shells tied by a holding parent or a shared address, holding acquired patents only.
	 *
	 * @param parent the holding parent's id, or null when only the address ties them
	 * @param address the shared address
	 * @param shells the shells' ids
	 * @param sellers operating companies the portfolio was acquired from
	 * @param portfolio the acquired patents
	 * @param plaintiffCases civil cases the shells filed
	 * @param petitions PTAB proceedings against their patents
	 */
	public record NpeGroup(String parent, String address, List<String> shells, List<String> sellers,
			List<String> portfolio, List<String> plaintiffCases, List<String> petitions) {
	}

	/**
	 * A person known from a document (a biography).
	 *
	 * @param personId the Person node id
	 * @param name the name
	 * @param organization the affiliation's organization id
	 * @param role the role stated in the biography
	 * @param consent whether the person consented to publication of name and contact
	 * @param contact whether a contact is stored (shown only with consent)
	 * @param inventor the inventor id when the expert is also a demo inventor, else null
	 * @param technologies CPC symbols of their expertise
	 */
	public record Expert(String personId, String name, String organization, String role, boolean consent,
			boolean contact, String inventor, List<String> technologies) {
	}

	/**
	 * The top of an organization's corporate tree (itself when it has no parent).
	 */
	public String rollUp(String organizationId) {
		return this.parents.getOrDefault(organizationId, organizationId);
	}

	/**
	 * The NPE-like organizations: shells and their holding parents.
	 */
	public Set<String> npeOrganizations() {
		Set<String> npe = new LinkedHashSet<>();
		for (NpeGroup group : this.npeGroups) {
			if (group.parent() != null) {
				npe.add(group.parent());
			}
			npe.addAll(group.shells());
		}
		return npe;
	}

	public boolean isNpe(String organizationId) {
		return npeOrganizations().contains(organizationId);
	}

}
