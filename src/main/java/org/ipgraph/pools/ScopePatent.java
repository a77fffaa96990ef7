package org.ipgraph.pools;

import java.time.LocalDate;
import java.util.List;

import org.ipgraph.graph.PatentStatus;
import org.ipgraph.similarity.SparseVector;

/**
 * A patent in the scope of a search, as the finder needs it.
 *
 * @param number patent number
 * @param title title
 * @param familyId family id, or null
 * @param date priority (else filing, publication) date, or null
 * @param cpc CPC symbols, the main classification first
 * @param owners current owners
 * @param declarations standards it is declared essential to
 * @param cites numbers of the patents it cites
 * @param vector TF-IDF vector of title, abstract and claims
 * @param residual the vector with its CPC subgroup's centroid removed
 * @param value the value {@code ipgraph value store} wrote on the patent, or null
 * @param legal its status and expiry ({@code legal.expired}: it has ended)
 */
public record ScopePatent(String number, String title, String familyId, LocalDate date, List<String> cpc,
		List<Owner> owners, List<String> declarations, List<String> cites, SparseVector vector, SparseVector residual,
		Double value, PatentStatus legal) {

	public ScopePatent(String number, String title, String familyId, LocalDate date, List<String> cpc,
			List<Owner> owners, List<String> declarations, List<String> cites, SparseVector vector,
			SparseVector residual, Double value) {
		this(number, title, familyId, date, cpc, owners, declarations, cites, vector, residual, value,
				PatentStatus.UNKNOWN);
	}

	public ScopePatent {
		cpc = List.copyOf(cpc);
		owners = List.copyOf(owners);
		declarations = List.copyOf(declarations);
		cites = List.copyOf(cites);
	}

	public List<String> groups() {
		return this.owners.stream().map(Owner::group).distinct().sorted().toList();
	}

	boolean sharesGroupWith(ScopePatent other) {
		return this.owners.stream().anyMatch(o -> other.owners.stream().anyMatch(x -> x.group().equals(o.group())));
	}

	/**
	 * A current owner with the top of its corporate tree.
	 *
	 * @param id graph id
	 * @param name display name
	 * @param group the top of its corporate tree (itself without a parent)
	 * @param groupName the top's name
	 */
	public record Owner(String id, String name, String group, String groupName) {
	}

}
