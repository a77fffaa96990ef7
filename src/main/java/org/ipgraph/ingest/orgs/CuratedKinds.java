package org.ipgraph.ingest.orgs;

import java.util.Locale;

import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.OrganizationNames;

/**
 * The kind the SSO list gives an organization, from its stakeholder group and category:
 * <ul>
 * <li>Academia: university, or research institute when the name says so (Fraunhofer,
 * "Research Institute", "Academy of");</li>
 * <li>Government and Intergovernmental Organization: government agency;</li>
 * <li>Business: company; research institute for the category "Research Institution";
 * service institution (bank) for "Financial Institution";</li>
 * <li>Technical Community: standards body, or research institute for "Research
 * Institution";</li>
 * <li>a category naming a standards body makes one, except in government;</li>
 * <li>Civil Society and blank groups: no curated kind (the name rule stays).</li>
 * </ul>
 */
final class CuratedKinds {

	private CuratedKinds() {
	}

	/**
	 * @return the kind, or null when the list does not say
	 */
	static OrganizationKind of(String name, String stakeholderGroup, String category) {
		String group = tidy(stakeholderGroup).replace("goverment", "government");
		String categories = tidy(category);
		boolean research = categories.startsWith("research institution");
		if (!group.equals("government") && categories.contains("standards")) {
			return OrganizationKind.STANDARDS_BODY;
		}
		return switch (group) {
			case "academia" -> OrganizationNames.kind(name) == OrganizationKind.RESEARCH_INSTITUTE
					? OrganizationKind.RESEARCH_INSTITUTE : OrganizationKind.UNIVERSITY;
			case "government", "intergovernmental organization" -> OrganizationKind.GOVERNMENT_AGENCY;
			case "business" ->
				research ? OrganizationKind.RESEARCH_INSTITUTE : categories.startsWith("financial institution")
						? OrganizationKind.SERVICE_INSTITUTION : OrganizationKind.COMPANY;
			case "technical community" ->
				research ? OrganizationKind.RESEARCH_INSTITUTE : OrganizationKind.STANDARDS_BODY;
			default -> null;
		};
	}

	/**
	 * The service type that goes with a curated kind.
	 */
	static String serviceType(OrganizationKind kind) {
		return kind == OrganizationKind.SERVICE_INSTITUTION ? "bank" : null;
	}

	private static String tidy(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
