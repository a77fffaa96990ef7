package org.ipgraph.organizations;

import java.util.List;

/**
 * What ties an organization to policies, funds and lawsuits.
 *
 * @param programs policies and funds linked to it, most direct first
 * @param cases lawsuits and trials it is a party to, newest first (at most
 * {@value OrganizationService#LINKS})
 */
public record OrganizationLinks(List<Program> programs, List<Case> cases) {

	/**
	 * A policy or fund and how it is linked.
	 *
	 * @param label Policy or Fund
	 * @param id its key
	 * @param name its title or name
	 * @param relation {@code issued} (the organization issued it or runs it),
	 * {@code funds} (funds the organization), {@code funds-patents} (funds its patents),
	 * {@code targets} (names it), {@code targets-technology} (targets CPC areas of its
	 * patents)
	 * @param patents for the patent links, how many of its patents
	 */
	public record Program(String label, String id, String name, String relation, long patents) {
	}

	/**
	 * A lawsuit or trial.
	 *
	 * @param id docket or proceeding number
	 * @param title its title
	 * @param role PLAINTIFF_IN, DEFENDANT_IN or PETITIONER_IN
	 * @param court court or board
	 * @param filedOn filing date as written, or null
	 * @param status status, or null
	 */
	public record Case(String id, String title, String role, String court, String filedOn, String status) {
	}

}
