package org.ipgraph.evaluation.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.demo.DemoTruth;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.risk.OwnerProfiles;
import org.ipgraph.risk.OwnerProfile;
import org.ipgraph.risk.NpeFeatures;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Labelled owners with their features, computed by the production code path from a graph: the
 * demo generator's planted cases (in a scratch graph), and the curated labels found in a graph.
 */
public final class NpeDatasets {

	// Owners: organizations that hold patents, sued, or have subsidiaries (holding parents)
	private static final String OWNERS = """
			MATCH (o:Organization)
			WHERE EXISTS { (o)-[:OWNS]->() } OR EXISTS { (o)-[:PLAINTIFF_IN]->() } OR EXISTS { (o)<-[:SUBSIDIARY_OF]-() }
			RETURN o.id ORDER BY o.id
			""";

	private NpeDatasets() {
	}

	/**
	 * Generates a demo ecosystem into the (cleared) scratch graph and labels every owner: the
	 * planted NPE shells and their holding parents are NPEs, everything else is not; the
	 * litigating operating companies are marked as hard negatives.
	 */
	public static Planted planted(ScratchGraph scratch, DemoLoader loader, DemoParameters parameters) {
		scratch.clear();
		DemoTruth truth = loader.on(scratch.driver()).load(parameters, DemoProgress.NONE).truth();
		Neo4jClient client = scratch.client();
		List<String> ids = client.query(OWNERS).fetchAs(String.class).all().stream().toList();
		Set<String> npe = truth.npeOrganizations();
		Set<String> hard = Set.copyOf(truth.litigatingOperatingCompanies());
		String source = String.format(Locale.ROOT, "demo:seed-%d-noise-%.2f", parameters.seed(), parameters.noise());
		List<LabelledOwner> owners = new ArrayList<>();
		for (OwnerProfile profile : new OwnerProfiles(client).profiles(ids)) {
			String id = profile.organization().id();
			owners.add(new LabelledOwner(id, source, npe.contains(id), hard.contains(id),
					NpeFeatures.of(profile.facts()), profile.facts().observedSignals()));
		}
		return new Planted(parameters, owners, truth);
	}

	/**
	 * The owners of one demo ecosystem and what was planted in it.
	 *
	 * @param parameters the ecosystem
	 * @param owners its labelled owners
	 * @param truth what was planted
	 */
	public record Planted(DemoParameters parameters, List<LabelledOwner> owners, DemoTruth truth) {
	}

	/**
	 * The curated labels whose organizations are in the graph, with their features.
	 */
	public static List<LabelledOwner> curated(Neo4jClient client, NpeLabels labels) {
		Map<String, NpeLabels.Label> byKey = labels.byKey();
		Collection<String> present = client.query("MATCH (o:Organization) WHERE o.id IN $keys RETURN o.id ORDER BY o.id")
			.bindAll(Map.of("keys", List.copyOf(byKey.keySet())))
			.fetchAs(String.class)
			.all();
		List<LabelledOwner> owners = new ArrayList<>();
		for (OwnerProfile profile : new OwnerProfiles(client).profiles(List.copyOf(present))) {
			NpeLabels.Label label = byKey.get(profile.organization().id());
			owners.add(new LabelledOwner(profile.organization().id(), "curated", label.npe(), false,
					NpeFeatures.of(profile.facts()), profile.facts().observedSignals()));
		}
		return owners;
	}

}
