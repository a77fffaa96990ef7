package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.graph.PatentStatus;

/**
 * Reads a scope into the finder's input: owners rolled up (a declared patent without a
 * recorded owner is held by its declarant), TF-IDF and residual vectors, standard texts.
 */
final class PoolDataLoader {

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(PoolDataLoader.class);

	private PoolDataLoader() {
	}

	@SuppressWarnings("unchecked")
	static PoolData load(PoolGraphReader reader, List<String> numbers, Set<String> seeds, String standard) {
		long start = System.nanoTime();
		List<Map<String, Object>> rows = new ArrayList<>(
				reader.patents(numbers).stream().map(r -> (Map<String, Object>) new HashMap<>(r)).toList());
		long patentsRead = System.nanoTime();
		rows.sort(java.util.Comparator.comparing(r -> (String) r.get("number")));
		Set<String> ownerIds = new java.util.TreeSet<>();
		Set<String> standards = new java.util.TreeSet<>();
		for (Map<String, Object> row : rows) {
			ownerIds.addAll((List<String>) row.get("owners"));
			for (Map<String, Object> d : (List<Map<String, Object>>) row.get("declarations")) {
				standards.add((String) d.get("standard"));
				if (d.get("declarant") != null) {
					ownerIds.add((String) d.get("declarant"));
				}
			}
		}
		Map<String, List<String>> declaringOrganizations = reader.declarants(standards);
		declaringOrganizations.values().forEach(ownerIds::addAll);
		Map<String, ScopePatent.Owner> owners = reader.owners(ownerIds);
		long ownersRead = System.nanoTime();
		Map<String, Set<String>> declarants = new java.util.TreeMap<>();
		declaringOrganizations.forEach((id, organizations) -> declarants.put(id,
				organizations.stream()
					.map(owners::get)
					.filter(java.util.Objects::nonNull)
					.map(ScopePatent.Owner::group)
					.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))));
		List<String> texts = new ArrayList<>();
		List<String> classes = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			texts.add(String.join(" ", text(row.get("title")), text(row.get("abstract")), text(row.get("claims"))));
			List<Map<String, Object>> cpc = new ArrayList<>((List<Map<String, Object>>) row.get("cpc"));
			cpc.sort(PoolGraphReader.cpcOrder());
			classes.add(cpc.isEmpty() ? null : (String) cpc.get(0).get("symbol"));
			row.put("cpc", cpc.stream().map(c -> (String) c.get("symbol")).toList());
		}
		TextVectors vectors = TextVectors.of(texts, classes);
		List<ScopePatent> patents = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			patents.add(patent(rows.get(i), owners, vectors, i));
		}
		Map<String, org.ipgraph.similarity.SparseVector> standardVectors = new HashMap<>();
		reader.standardTitles(standards).forEach((id, title) -> standardVectors.put(id, vectors.vector(title)));
		if (logger.isDebugEnabled()) {
			logger.debug(String.format("pools: %d patents read in %d ms, %d owners and declarants %d ms, vectors %d ms",
					rows.size(), (patentsRead - start) / 1_000_000, owners.size(),
					(ownersRead - patentsRead) / 1_000_000, (System.nanoTime() - ownersRead) / 1_000_000));
		}
		return new PoolData(patents, standardVectors, declarants, seeds, standard, vectors.terms());
	}

	@SuppressWarnings("unchecked")
	private static ScopePatent patent(Map<String, Object> row, Map<String, ScopePatent.Owner> owners,
			TextVectors vectors, int i) {
		List<ScopePatent.Owner> current = new ArrayList<>(((List<String>) row.get("owners")).stream()
			.map(owners::get)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.sorted(java.util.Comparator.comparing(ScopePatent.Owner::id))
			.toList());
		List<Map<String, Object>> declarations = (List<Map<String, Object>>) row.get("declarations");
		if (current.isEmpty()) {
			declarations.stream()
				.map(d -> owners.get((String) d.get("declarant")))
				.filter(java.util.Objects::nonNull)
				.distinct()
				.sorted(java.util.Comparator.comparing(ScopePatent.Owner::id))
				.forEach(current::add);
		}
		List<String> declared = declarations.stream().map(d -> (String) d.get("standard")).distinct().sorted().toList();
		List<String> cites = ((List<String>) row.get("cites")).stream().distinct().sorted().toList();
		return new ScopePatent((String) row.get("number"), (String) row.get("title"), (String) row.get("familyId"),
				PoolGraphReader.date(row.get("date")), (List<String>) row.get("cpc"), current, declared, cites,
				vectors.vector(i), vectors.residual(i), (Double) row.get("value"),
				PatentStatus.of(row.get("status"), row.get("inForce"), row.get("expiry")));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
