package org.ipgraph.ingest.uspto;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ipgraph.graph.PersonName;
import org.ipgraph.ingest.Party;
import org.w3c.dom.Element;

import static org.ipgraph.ingest.uspto.Dom.child;
import static org.ipgraph.ingest.uspto.Dom.children;
import static org.ipgraph.ingest.uspto.Dom.first;
import static org.ipgraph.ingest.uspto.Dom.text;

/**
 * Assignees and inventors across the v4.x layouts. Up to v4.2 inventors are the
 * {@code <parties><applicants><applicant app-type="applicant-inventor">}; from v4.3 they
 * have their own {@code <us-parties><inventors>} and applicants may be companies.
 */
final class Parties {

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private Parties() {
	}

	static List<Party> assignees(Element bibliographic) {
		List<Party> owners = new ArrayList<>();
		for (Element assignee : children(first(bibliographic, "assignees"), "assignee")) {
			Element book = child(assignee, "addressbook");
			Party party = party(book != null ? book : assignee);
			if (party != null) {
				owners.add(party);
			}
		}
		return owners;
	}

	static List<Party> inventors(Element bibliographic) {
		List<Party> inventors = new ArrayList<>();
		Element listed = first(bibliographic, "inventors");
		if (listed != null) {
			for (Element inventor : children(listed, "inventor")) {
				addPerson(inventors, child(inventor, "addressbook"));
			}
			return inventors;
		}
		Element applicants = first(bibliographic, "applicants");
		if (applicants == null) {
			applicants = first(bibliographic, "us-applicants");
		}
		if (applicants != null) {
			String item = "us-applicants".equals(applicants.getTagName()) ? "us-applicant" : "applicant";
			for (Element applicant : children(applicants, item)) {
				if ("applicant-inventor".equals(applicant.getAttribute("app-type"))) {
					addPerson(inventors, child(applicant, "addressbook"));
				}
			}
		}
		return inventors;
	}

	private static void addPerson(List<Party> people, Element book) {
		Party party = party(book);
		if (party != null && party.isPerson()) {
			people.add(party);
		}
	}

	/**
	 * An organization when the address book has an {@code orgname}, otherwise a person.
	 */
	private static Party party(Element book) {
		if (book == null) {
			return null;
		}
		Element address = child(book, "address");
		return party(text(child(book, "orgname")), text(child(book, "first-name")), text(child(book, "last-name")),
				text(address, "city"), text(address, "state"), text(address, "country"));
	}

	/**
	 * A party from the texts of an address book: an organization when it has an
	 * {@code orgname}, otherwise a person; null when neither is named.
	 */
	static Party party(String organization, String firstName, String lastName, String city, String state,
			String countryText) {
		String country = country(countryText);
		if (organization != null) {
			return Party.organization(organization).at(city, state, country);
		}
		PersonName name = new PersonName(firstName, lastName);
		if (name.isBlank()) {
			return null;
		}
		return Party.person(name).at(city, state, country);
	}

	// Agents carry "unknown" and old applicants "omitted" where a country code belongs
	private static String country(String text) {
		return text != null && COUNTRY.matcher(text).matches() ? text : null;
	}

}
