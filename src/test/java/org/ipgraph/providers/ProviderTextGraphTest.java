package org.ipgraph.providers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.csv.Counts;
import org.ipgraph.nlp.NlpService;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text read by the text ingest marks the bank and the evaluator it names as providers,
 * with the sentence, and the valuation need finds them; reading it again creates nothing.
 */
@GraphTest
class ProviderTextGraphTest {

	static final String TEXT = """
			Acme Robotics Inc. pledged its drone patents to Deutsche Bank as collateral for a loan of $20 million.

			Before the pledge, the patent portfolio was appraised by Meridian Valuation Partners LLC, which valued it at $45 million.

			Acme Robotics Inc. also licensed two patents to Globex Corporation.
			""";

	@Autowired
	IngestService ingest;

	@Autowired
	NlpService nlp;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void banksAndEvaluatorsNamedByTextAreProvidersWithTheirSentence(@TempDir Path dir) throws IOException {
		TestNeo4j.clear();
		this.nlp.forgetIndex();
		Files.writeString(dir.resolve("pledge.txt"), TEXT);
		this.ingest.ingest("text", List.of(dir), IngestListener.NONE);
		assertThat(Counts.single("""
				MATCH (e:Evidence {type: 'PROVIDER', kind: 'bank'})-[:SUBJECT]->(o:Organization:Provider)
				RETURN o.name AS name, e.sentence AS sentence, o.serviceType AS type""")).containsEntry("type", "bank")
			.hasEntrySatisfying("name", name -> assertThat((String) name).contains("Deutsche Bank"))
			.hasEntrySatisfying("sentence", s -> assertThat((String) s).contains("as collateral"));
		assertThat(Counts.of("""
				MATCH (:Evidence {type: 'PROVIDER', kind: 'evaluator'})-[:SUBJECT]->(o:Provider)
				WHERE o.name CONTAINS 'Meridian' RETURN count(*)""")).isEqualTo(1);
		assertThat(Counts
			.of("MATCH (o:Provider) WHERE o.name CONTAINS 'Acme' OR o.name CONTAINS 'Globex' " + "RETURN count(o)"))
			.isZero();
		ProviderReport valuation = ProviderService.over(this.neo4j, new ProvidersProperties(null, false, null, null))
			.rank("valuation", null, null, 5);
		assertThat(valuation.providers()).hasSize(2)
			.allSatisfy(p -> assertThat(p.evidence().get(0).source()).contains("sha256:").doesNotContain("Globex"));
		long evidence = Counts.of("MATCH (e:Evidence {type: 'PROVIDER'}) RETURN count(e)");
		this.ingest.ingest("text", List.of(dir), IngestListener.NONE);
		assertThat(Counts.of("MATCH (e:Evidence {type: 'PROVIDER'}) RETURN count(e)")).isEqualTo(evidence);
	}

}
