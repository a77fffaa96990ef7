package org.ipgraph.ingest.orgs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.Rejection;
import org.ipgraph.ingest.csv.Counts;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.SharedData;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@GraphTest
class OrganizationListsIngestTest {

	private static final String SEARCH_LINE = "search URL:,https://patents.google.com/?q=x";

	private static final String HEADER = "id,title,assignee,inventor/author,priority date,filing/creation date,"
			+ "publication date,grant date,result link,representative figure link";

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void ingestsTheSsoListOnceAndASecondRunCreatesNothing() {
		Path folder = SharedData.path("sso-organizations");
		IngestReport first = this.ingest.ingest("sso-orgs", List.of(folder), IngestListener.NONE);
		assertThat(first.getRejections()).extracting(Rejection::record).containsExactly("line 373", "line 1024");
		assertThat(first.getFiles()).singleElement()
			.satisfies(f -> assertThat(f.path()).endsWith("organization_categories.csv"));
		// "Cisco System Inc." and "Cisco Systems" share the key "cisco sys"
		assertThat(first.getOrganizationNames()).containsEntry("rawNames", 1034).containsEntry("organizations", 1003);
		assertThat(Counts.of("MATCH (o:Organization) RETURN count(o)")).isEqualTo(1003);
		assertThat(Counts.of("MATCH (o:Organization {kindSource: 'curated'}) RETURN count(o)")).isEqualTo(954);
		assertThat(Counts.of("MATCH ()-[r:SUBSIDIARY_OF]->() RETURN count(r)")).isEqualTo(261); // the
																								// two
																								// Cisco
																								// spellings
																								// now
																								// share
																								// one
																								// alias
																								// edge
		assertThat(Counts.of("MATCH ()-[r:SUBSIDIARY_OF {relation: 'alias'}]->() RETURN count(r)")).isEqualTo(10);
		assertThat(Counts.of("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)")).isEqualTo(787);
		long nodes = Counts.nodes();
		long relationships = Counts.relationships();
		IngestReport second = this.ingest.ingest("sso-orgs", List.of(folder), IngestListener.NONE);
		assertThat(second.getNodesCreated()).isZero();
		assertThat(second.getRelationshipsCreated()).isZero();
		assertThat(Counts.nodes()).isEqualTo(nodes);
		assertThat(Counts.relationships()).isEqualTo(relationships);
	}

	@Test
	void linksSubsidiariesAliasesAndMemberships() {
		this.ingest.ingest("sso-orgs", List.of(SharedData.path("sso-organizations")), IngestListener.NONE);
		assertThat(Counts.single("""
				MATCH (:Organization {id: 'qualcomm austria rffe'})-[r:SUBSIDIARY_OF]->(p:Organization)
				RETURN p.id AS parent, r.relation AS relation, r.source AS source"""))
			.containsEntry("parent", "qualcomm")
			.containsEntry("relation", "subsidiary")
			.containsEntry("source", "sso-organizations");
		assertThat(Counts.single("""
				MATCH (:Organization {id: 'cisco sys'})-[r:SUBSIDIARY_OF]->(p:Organization)
				RETURN p.id AS parent, r.relation AS relation""")).containsEntry("parent", "cisco")
			.containsEntry("relation", "alias");
		assertThat(Counts.single("""
				MATCH (o:Organization {id: 'european telecommunications standards inst'})
				RETURN o.kind AS kind, o.kindSource AS kindSource, o.acronyms AS acronyms, o.country AS country,
				       count { (:Organization)-[:MEMBER_OF]->(o) } AS members"""))
			.containsEntry("kind", "standards_body")
			.containsEntry("kindSource", "curated")
			.containsEntry("acronyms", List.of("ETSI"))
			.containsEntry("country", "FR")
			.containsEntry("members", 457L);
		assertThat(Counts.single("""
				MATCH (o:Organization {id: 'china mobile comm'})
				RETURN o.acronyms AS acronyms, o.aliases AS aliases, o.sector AS sector"""))
			.containsEntry("acronyms", List.of("CMCC"))
			.containsEntry("aliases", List.of("China Mobile Communications Corporation (CMCC)"))
			.containsEntry("sector", "Telecommunications Provider");
	}

	@Test
	void curatedKindsWinOverNameKindsAndPatentImportsDoNotDowngradeThem() throws IOException {
		Path before = write("before.csv", SEARCH_LINE, HEADER,
				"US-1-B2,One,ETH Zurich,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,");
		this.ingest.ingest("google-patents-csv", List.of(before), IngestListener.NONE);
		assertThat(kind("eth zurich")).containsEntry("kind", "company").containsEntry("kindSource", "name");
		this.ingest.ingest("sso-orgs", List.of(SharedData.path("sso-organizations")), IngestListener.NONE);
		Path after = write("after.csv", SEARCH_LINE, HEADER,
				"US-2-B2,Two,ETH Zurich,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"US-3-B2,Three,NIST,Bo Chan,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,");
		this.ingest.ingest("google-patents-csv", List.of(after), IngestListener.NONE);
		assertThat(kind("eth zurich")).containsEntry("kind", "university")
			.containsEntry("kindSource", "curated")
			.containsEntry("owner", true);
		assertThat(kind("nist")).containsEntry("kind", "government_agency")
			.containsEntry("kindSource", "curated")
			.containsEntry("owner", true);
	}

	@Test
	void linksOrganizationsOfTheGraphByTheParentMapsCompactNames() throws IOException {
		Path patents = write("patents.csv", SEARCH_LINE, HEADER,
				"US-1-B2,One,Abbott Laboratories,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"US-2-B2,Two,Abbott Diabetes Care Inc.,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"US-3-B2,Three,Abbott Vascular Inc.,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"US-4-B2,Four,Aisin Seiki Kabushiki Kaisha,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"US-5-B2,Five,Aisin Warner Co. Ltd.,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"US-6-B2,Six,Fordyce Lumber Co.,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"US-7-B2,Seven,Abbott Inc.,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,");
		this.ingest.ingest("google-patents-csv", List.of(patents), IngestListener.NONE);
		Path maps = SharedData.path("assignee-parent-subsidiary-maps");
		IngestReport first = this.ingest.ingest("parent-map", List.of(maps), IngestListener.NONE);
		assertThat(first.getRejections()).isEmpty();
		assertThat(first.getFiles()).hasSize(5);
		assertThat(Counts.of("MATCH (o:Organization) WHERE o.compactKey IS NULL RETURN count(o)")).isZero();
		assertThat(links()).containsExactlyInAnyOrder(
				Map.of("child", "abbott diabetes care", "parent", "abbott lab", "relation", "subsidiary", "source",
						"subsidiaryManualRemap"),
				Map.of("child", "abbott vascular", "parent", "abbott lab", "relation", "subsidiary", "source",
						"lowPat_vacuumNames"),
				Map.of("child", "aisin warner", "parent", "aisin seiki", "relation", "joint_venture", "source",
						"jvManualRemap"),
				Map.of("child", "abbott", "parent", "abbott lab", "relation", "alias", "source", "lowPat_vacuumNames"));
		assertThat(Counts.single("""
				MATCH (o:Organization {id: 'fordyce lumber'}) RETURN o.acquirerGvkey AS gvkey, o.acquiredIn AS year"""))
			.containsEntry("gvkey", "005134")
			.containsEntry("year", 1963L);
		IngestReport second = this.ingest.ingest("parent-map", List.of(maps), IngestListener.NONE);
		assertThat(second.getNodesCreated()).isZero();
		assertThat(second.getRelationshipsCreated()).isZero();
		assertThat(second.getPropertiesSet()).isZero();
	}

	@Test
	void theSubstringMatchesCountTheUsPatentsOfEachNameTheGraphHolds() throws IOException {
		Path patents = write("patents.csv", SEARCH_LINE, HEADER,
				"US-1-B2,One,Siemens Aktiengesellschaft,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"US-2-B2,Two,Siemens Allis Inc.,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,",
				"US-3-B2,Three,Tiny Widgets Inc.,Ann Lee,2018-08-02,2024-01-12,2025-04-22,2025-04-22,,");
		this.ingest.ingest("google-patents-csv", List.of(patents), IngestListener.NONE);
		Path map = write("substringMatch_manuallyReviewed.csv", "match_name,match_pc,clean_name,cn_pc",
				"SIEMENS,35531.461,SIEMENSALLIS,67", "SIEMENS,12,SIEMENSANDHALSKE,84", "ACME,40,ACMEWIDGETS,");
		IngestReport first = this.ingest.ingest("parent-map", List.of(map), IngestListener.NONE);
		assertThat(first.getRejections()).isEmpty();
		assertThat(matched("siemens")).containsEntry("patents", 35531.461)
			.containsEntry("source", "substringMatch_manuallyReviewed (SIEMENS)");
		assertThat(matched("siemens allis")).containsEntry("patents", 67.0)
			.containsEntry("source", "substringMatch_manuallyReviewed (SIEMENSALLIS)");
		assertThat(matched("tiny widgets").get("patents")).isNull();
		IngestReport second = this.ingest.ingest("parent-map", List.of(map), IngestListener.NONE);
		assertThat(second.getPropertiesSet()).isZero();
	}

	private static Map<String, Object> matched(String id) {
		return Counts.single("MATCH (o:Organization {id: $id}) RETURN o.matchedPatents AS patents, "
				+ "o.matchedPatentsSource AS source", "id", id);
	}

	@Test
	void aMapWithAnUnknownHeaderOrBadRowsIsNamed() throws IOException {
		Path unknown = write("unknown.csv", "child,parent", "A,B");
		Path bad = write("subsidiaries.csv", "clean_name_child,clean_name_parent", "ABBOTTMOLECULAR,ABBOTTLAB",
				"Abbott Molecular,ABBOTTLAB", "ABBOTTX", "ABBOTTY,ABBOTTLAB");
		IngestReport report = this.ingest.ingest("parent-map", List.of(unknown, bad), IngestListener.NONE);
		assertThat(report.getRejections()).extracting(Rejection::file, Rejection::record, Rejection::reason)
			.containsExactly(
					tuple(unknown.toString(), "file",
							"header fits none of the parent-map layouts [[clean_name_child, clean_name_parent], "
									+ "[jv, clean_name_parent], [match_name, match_pc, clean_name, cn_pc], "
									+ "[vacuum_name, clean_name], [gvkey_primary, name_secondary, year]]; "
									+ "found columns [child, parent]"),
					tuple(bad.toString(), "line 3",
							"'Abbott Molecular' in column 'clean_name_child' is not a clean "
									+ "name (upper-case letters and digits only)"),
					tuple(bad.toString(), "line 4", "has 1 fields where the header has 2"));
		assertThat(report.getRecordsStored()).isEqualTo(2);
	}

	private Map<String, Object> kind(String id) {
		return Counts.single("MATCH (o:Organization {id: $id}) RETURN o.kind AS kind, o.kindSource AS kindSource, "
				+ "o.owner AS owner", "id", id);
	}

	private static List<Map<String, Object>> links() {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("""
					MATCH (c:Organization)-[r:SUBSIDIARY_OF]->(p:Organization)
					RETURN c.id AS child, p.id AS parent, r.relation AS relation, r.source AS source""")
				.list(r -> r.asMap());
		}
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.write(this.dir.resolve(name), List.of(lines));
	}

}
