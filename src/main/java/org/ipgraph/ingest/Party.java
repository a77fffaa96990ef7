package org.ipgraph.ingest;

import org.ipgraph.graph.PersonName;

/**
 * An owner, applicant or inventor as a source names it. Organizations have a raw name
 * only; people also have their name parts.
 *
 * @param rawName the name as written
 * @param person the parsed name when the party is a person, otherwise null
 * @param city city, if given
 * @param state state or region, if given
 * @param country two-letter country, if given
 * @param externalId the source's own id (PatentsView's disambiguated ids), if any
 */
public record Party(String rawName, PersonName person, String city, String state, String country, String externalId) {

	public static Party organization(String rawName) {
		return new Party(rawName, null, null, null, null, null);
	}

	public static Party person(PersonName name) {
		return new Party(name.display(), name, null, null, null, null);
	}

	public Party at(String city, String state, String country) {
		return new Party(this.rawName, this.person, blankToNull(city), blankToNull(state), blankToNull(country),
				this.externalId);
	}

	public Party withExternalId(String id) {
		return new Party(this.rawName, this.person, this.city, this.state, this.country, blankToNull(id));
	}

	public boolean isPerson() {
		return this.person != null;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
