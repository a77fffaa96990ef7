package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hand-built partner graphs for unit tests: {@code org(...)}, then patents with
 * {@code patent("US1", 2010, "acme").code("H04N19/70").inventor("jane doe").cites("US2")}.
 */
final class TinyGraph {

	private final PartnerGraph.Builder builder = PartnerGraph.builder();

	private final List<Patent> patents = new ArrayList<>();

	TinyGraph org(String id, String kind, String country) {
		this.builder.organization(id, id.toUpperCase(java.util.Locale.ROOT), kind, country);
		return this;
	}

	TinyGraph company(String... ids) {
		Arrays.stream(ids).forEach(id -> org(id, "company", null));
		return this;
	}

	Patent patent(String number, int year, String... owners) {
		Patent p = new Patent(number, year, List.of(owners));
		this.patents.add(p);
		return p;
	}

	TinyGraph subsidiary(String child, String parent) {
		this.builder.subsidiary(child, parent);
		return this;
	}

	TinyGraph partnered(String a, String b, int year) {
		this.builder.relation(a, b, year, "PARTNERED_WITH");
		return this;
	}

	PartnerGraph build() {
		for (Patent p : this.patents) {
			String anchor = p.owners.isEmpty() ? "-" : p.owners.get(0);
			List<PartnerGraph.Inventor> inventors = p.inventors.stream()
				.map(name -> new PartnerGraph.Inventor("person:" + name + "@" + anchor, name))
				.toList();
			this.builder.patent(p.number, p.year, "US", p.text, p.text, p.owners, inventors, p.codes, p.cites);
		}
		return this.builder.build();
	}

	/**
	 * A patent being described.
	 */
	static final class Patent {

		final String number;

		final int year;

		final List<String> owners;

		final List<String> codes = new ArrayList<>();

		final List<String> inventors = new ArrayList<>();

		final List<String> cites = new ArrayList<>();

		String text = "";

		Patent(String number, int year, List<String> owners) {
			this.number = number;
			this.year = year;
			this.owners = owners;
		}

		Patent code(String... symbols) {
			this.codes.addAll(List.of(symbols));
			return this;
		}

		Patent inventor(String... names) {
			this.inventors.addAll(List.of(names));
			return this;
		}

		Patent cites(String... numbers) {
			this.cites.addAll(List.of(numbers));
			return this;
		}

		Patent text(String text) {
			this.text = text;
			return this;
		}

	}

}
