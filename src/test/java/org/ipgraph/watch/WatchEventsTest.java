package org.ipgraph.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.risk.NpeModels;
import org.ipgraph.risk.OwnerProfiles;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each event kind on a small graph built here: watches, a change set as an ingest commits
 * it, and the alerts derived with their evidence, exactly once.
 */
@GraphTest
class WatchEventsTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	/**
	 * Globex (a subsidiary of Globex Holdings) files two patents, one in H04N; an
	 * NPE-like licensing shell (sues two operating companies, holds only acquired
	 * patents) and an operating company acquire video patents; a watched patent lapses; a
	 * suit names Globex.
	 */
	static final String GRAPH = """
			CREATE (alice:User {username: 'alice', roles: ['USER']}), (lena:User {username: 'lena', roles: ['LEGAL']}),
			       (globex:Organization {id: 'globex', name: 'Globex Corp.'}),
			       (holdings:Organization {id: 'globex hldg', name: 'Globex Holdings'}),
			       (globex)-[:SUBSIDIARY_OF {relation: 'subsidiary'}]->(holdings),
			       (shell:Organization {id: 'acme licensing', name: 'Acme Licensing LLC', address: '1 Main St, Plano, TX'}),
			       (parent:Organization {id: 'acme ip hldg', name: 'Acme IP Holdings LLC', address: '1 Main St, Plano, TX'}),
			       (shell)-[:SUBSIDIARY_OF {relation: 'subsidiary'}]->(parent),
			       (initech:Organization {id: 'initech', name: 'Initech Inc.'}),
			       (hooli:Organization {id: 'hooli', name: 'Hooli Inc.'}),
			       (doc:Document {id: 'sha256:abc', name: 'ipg261201.xml'}),
			       (h:Technology {symbol: 'H04N19/70'}), (b:Technology {symbol: 'B60L53/10'}),
			       (n1:Patent {number: 'US9000001', title: 'Adaptive video coding', kind: 'B2', filingDate: date('2024-03-01')}),
			       (n2:Patent {number: 'US9000002', title: 'Charging plug', kind: 'B2', filingDate: date('2024-04-01')}),
			       (n1)-[:CLASSIFIED_AS]->(h), (n2)-[:CLASSIFIED_AS]->(b),
			       (n1)-[:RECORDED_IN {record: 'US9000001 line 12'}]->(doc), (n2)-[:RECORDED_IN {record: 'x'}]->(doc),
			       (globex)-[:OWNS {from: date('2024-03-01')}]->(n1), (globex)-[:OWNS {from: date('2024-04-01')}]->(n2),
			       (w1:Patent {number: 'US8000001', title: 'Video decoder', filingDate: date('2010-01-01'),
			                   expiry: date('2027-02-15'), expirySource: 'us-term-of-grant', status: 'in_force',
			                   expiryBasis: 'filed 2007-02-15 + 20 years'}),
			       (w2:Patent {number: 'US8000002', title: 'Old codec', expiry: date('2030-01-01'), status: 'in_force'}),
			       (w1)-[:CLASSIFIED_AS]->(h), (globex)-[:OWNS {from: date('2010-01-01')}]->(w1),
			       (a1:Patent {number: 'US7000001', title: 'Block partitioning', filingDate: date('2009-01-01')}),
			       (a1)-[:CLASSIFIED_AS]->(h),
			       (a2:Patent {number: 'US7000002', title: 'Motion search', filingDate: date('2009-01-01')}),
			       (a2)-[:CLASSIFIED_AS]->(h),
			       (shell)-[:OWNS {from: date('2026-11-01'), acquiredOn: date('2026-11-01')}]->(a1),
			       (hooli)-[:OWNS {from: date('2026-11-01'), acquiredOn: date('2026-11-01')}]->(a2),
			       (e1:LegalEvent {id: 'uspto-assignment:900/1:US7000001', type: 'reassignment', on: date('2026-11-01'),
			                       source: 'uspto-assignment', documentId: 'sha256:def', record: 'reel/frame 900/1',
			                       description: 'ASSIGNMENT OF ASSIGNORS INTEREST', assignors: ['Initech Inc.'],
			                       assignees: ['Acme Licensing LLC']}),
			       (a1)-[:HAS_EVENT]->(e1),
			       (e2:LegalEvent {id: 'uspto-assignment:900/2:US7000002', type: 'reassignment', on: date('2026-11-01'),
			                       source: 'uspto-assignment', record: 'reel/frame 900/2', assignors: ['Initech Inc.'],
			                       assignees: ['Hooli Inc.']}),
			       (a2)-[:HAS_EVENT]->(e2),
			       (e3:LegalEvent {id: 'uspto-assignment:900/3:US8000001', type: 'reassignment', on: date('2026-11-02'),
			                       source: 'uspto-assignment', record: 'reel/frame 900/3', assignors: ['Globex Corp.'],
			                       assignees: ['Hooli Inc.']}),
			       (w1)-[:HAS_EVENT]->(e3),
			       (e4:LegalEvent {id: 'uspto-maintenance-fee:US8000002:EXP.:2026-11-20', type: 'lapsed', code: 'EXP.',
			                       on: date('2026-11-20'), source: 'uspto-maintenance-fee', record: 'line 7'}),
			       (w2)-[:HAS_EVENT]->(e4),
			       (p0:Patent {number: 'US7000009'}), (shell)-[:OWNS {from: date('2018-01-01'), acquiredOn: date('2018-01-01')}]->(p0),
			       (s1:LitigationCase {id: 'txed:2:19-cv-00001', title: 'Acme Licensing LLC v. Initech Inc.', caseType: 'civil',
			                           court: 'txed', filedOn: date('2019-03-01')}),
			       (shell)-[:PLAINTIFF_IN]->(s1), (initech)-[:DEFENDANT_IN]->(s1), (p0)-[:ASSERTED_IN]->(s1),
			       (s2:LitigationCase {id: 'txed:2:20-cv-00002', title: 'Acme Licensing LLC v. Hooli Inc.', caseType: 'civil',
			                           court: 'txed', filedOn: date('2020-02-01')}),
			       (shell)-[:PLAINTIFF_IN]->(s2), (hooli)-[:DEFENDANT_IN]->(s2), (p0)-[:ASSERTED_IN]->(s2),
			       (s3:LitigationCase {id: 'txed:2:26-cv-00003', title: 'Acme Licensing LLC v. Globex Corp.', caseType: 'civil',
			                           court: 'txed', filedOn: date('2026-11-25'), source: 'uspto-oce'}),
			       (shell)-[:PLAINTIFF_IN]->(s3), (globex)-[:DEFENDANT_IN]->(s3), (a1)-[:ASSERTED_IN]->(s3)
			""";

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	NpeModels models;

	@Autowired
	Watches watches;

	@Autowired
	Alerts alerts;

	@Autowired
	ChangeDetector detector;

	@BeforeEach
	void graph() {
		TestNeo4j.clear();
		this.neo4j.query(GRAPH).run();
	}

	private void watch(String user, String kind, String target, boolean group) {
		this.watches.add(user, new WatchRequest(kind, target, group, null, null), true);
	}

	private void changeSet(String id, List<String> patents, List<String> events, List<String> cases) {
		this.neo4j.query("""
				CREATE (:ChangeSet {id: $id, committedAt: datetime(), processed: false, patents: $patents,
				                    events: $events, cases: $cases})""")
			.bindAll(Map.of("id", id, "patents", patents, "events", events, "cases", cases))
			.run();
	}

	private List<Alert> all(String user, boolean risk) {
		return this.alerts.page(user, 0, 100, false, null, risk).items();
	}

	@Test
	void newPatentsOfAWatchedGroupInAWatchedArea() {
		watch("alice", "organization", "Globex Holdings", true);
		watch("alice", "cpc", "H04N", false);
		changeSet("c1", List.of("US9000001", "US9000002"), List.of(), List.of());
		ChangeDetector.Round round = this.detector.derive();
		assertThat(round.changeSets()).isEqualTo(1);
		// US9000002 (B60L) is outside alice's watched area
		assertThat(all("alice", false)).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo("new_patent");
			assertThat(a.key()).isEqualTo("new_patent:US9000001:alice");
			assertThat(a.title()).contains("US9000001", "Globex Corp.");
			assertThat(a.summary()).contains("Globex Holdings", "H04N");
			assertThat(a.evidence()).contains("source: ipg261201.xml (sha256:abc), record US9000001 line 12");
			assertThat(a.restricted()).isFalse();
		});
	}

	@Test
	void anOrganizationWithoutItsGroupDoesNotCoverItsSubsidiaries() {
		watch("alice", "organization", "Globex Holdings", false);
		changeSet("c1", List.of("US9000001"), List.of(), List.of());
		this.detector.derive();
		assertThat(all("alice", false)).isEmpty();
		watch("alice", "organization", "Globex Corp.", false);
		changeSet("c2", List.of("US9000001", "US9000002"), List.of(), List.of());
		this.detector.derive();
		// no watched area: every new patent of the organization
		assertThat(all("alice", false)).extracting(Alert::key)
			.containsExactly("new_patent:US9000001:alice", "new_patent:US9000002:alice");
	}

	@Test
	void ownershipChangesOnWatchedPatentsAndOrganizations() {
		watch("alice", "patent", "US 8,000,001", false);
		watch("lena", "organization", "Initech", false);
		changeSet("c1", List.of(), List.of("uspto-assignment:900/3:US8000001", "uspto-assignment:900/1:US7000001",
				"uspto-maintenance-fee:US8000002:EXP.:2026-11-20"), List.of());
		this.detector.derive();
		assertThat(all("alice", false)).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo("ownership_change");
			assertThat(a.title()).contains("US8000001", "Hooli Inc.");
			assertThat(a.evidence()).anyMatch(e -> e.contains("reel/frame 900/3"))
				.anyMatch(e -> e.contains("assignors: Globex Corp. / assignees: Hooli Inc."));
		});
		assertThat(all("lena", true)).singleElement()
			.satisfies(a -> assertThat(a.key()).isEqualTo("ownership_change:uspto-assignment:900/1:US7000001:lena"));
	}

	@Test
	void npeAcquisitionsInAWatchedAreaAreRestricted() {
		Map<String, Double> scores = scores("acme licensing", "hooli");
		assertThat(scores.get("acme licensing")).as("the shell scores as an NPE").isGreaterThanOrEqualTo(0.5);
		assertThat(scores.get("hooli")).as("the operating company does not").isLessThan(0.5);
		watch("alice", "cpc", "H04N19/00", false);
		watch("lena", "cpc", "H04N", false);
		watch("lena", "cpc", "B60L", false);
		changeSet("c1", List.of(), List.of("uspto-assignment:900/1:US7000001", "uspto-assignment:900/2:US7000002"),
				List.of());
		this.detector.derive();
		assertThat(all("lena", true)).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo("npe_acquisition");
			assertThat(a.restricted()).isTrue();
			assertThat(a.title()).contains("Acme Licensing LLC", "US7000001", "H04N");
			assertThat(a.evidence()).anyMatch(e -> e.startsWith("NPE score of acme licensing: "))
				.anyMatch(e -> e.contains("reel/frame 900/1"));
		});
		// alice has an alert too, but without a risk role she does not see it
		assertThat(all("alice", false)).isEmpty();
		assertThat(all("alice", true)).extracting(Alert::kind).containsExactly("npe_acquisition");
		// a threshold above the shell's score: no NPE acquisition
		TestNeo4j.clear();
		this.neo4j.query(GRAPH).run();
		watch("lena", "cpc", "H04N", false);
		changeSet("c2", List.of(), List.of("uspto-assignment:900/1:US7000001"), List.of());
		WatchProperties strict = new WatchProperties(null, null, scores.get("acme licensing") + 0.01, null, null, null,
				null);
		new ChangeDetector(this.driver, this.neo4j, this.models, null, strict).derive();
		assertThat(all("lena", true)).isEmpty();
	}

	@Test
	void newSuitsNamingAWatchedOrganizationOrPatent() {
		watch("alice", "organization", "Globex Holdings", true);
		watch("lena", "patent", "US7000001", false);
		changeSet("c1", List.of(), List.of(), List.of("txed:2:26-cv-00003", "txed:2:19-cv-00001"));
		this.detector.derive();
		assertThat(all("alice", false)).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo("new_suit");
			assertThat(a.key()).isEqualTo("new_suit:txed:2:26-cv-00003:alice");
			assertThat(a.evidence()).contains("Globex Corp. DEFENDANT_IN", "Acme Licensing LLC PLAINTIFF_IN",
					"US7000001 ASSERTED_IN txed:2:26-cv-00003");
		});
		assertThat(all("lena", true)).extracting(Alert::key).containsExactly("new_suit:txed:2:26-cv-00003:lena");
	}

	@Test
	void statusChangesOfWatchedPatents() {
		watch("alice", "patent", "US8000002", false);
		changeSet("c1", List.of(), List.of("uspto-maintenance-fee:US8000002:EXP.:2026-11-20"), List.of());
		this.detector.derive();
		assertThat(all("alice", false)).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo("status_change");
			assertThat(a.title()).isEqualTo("US8000002 lapsed on 2026-11-20");
			assertThat(a.evidence()).anyMatch(e -> e.contains("line 7"));
		});
	}

	@Test
	void comingExpiriesWithinTheWindowOnceEach() {
		watch("alice", "patent", "US8000001", false);
		watch("alice", "patent", "US8000002", false);
		this.detector.sweep(TODAY);
		this.detector.sweep(TODAY.plusDays(1));
		assertThat(all("alice", false)).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo("coming_expiry");
			assertThat(a.key()).isEqualTo("coming_expiry:US8000001:2027-02-15:alice");
			assertThat(a.evidence()).contains("expiry 2027-02-15 (us-term-of-grant)", "filed 2007-02-15 + 20 years");
		});
	}

	@Test
	void savedSearchesAlertWhenMoreThanKPlacesChange() {
		List<List<String>> runs = new ArrayList<>(List.of(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
				List.of("a", "b", "c", "d", "e", "f", "g", "h", "j", "i"),
				List.of("a", "b", "x", "y", "z", "f", "g", "h", "j", "i")));
		SavedSearches scripted = new SavedSearches(null, null, null) {
			@Override
			List<String> top(String user, String search, Map<String, String> parameters) {
				return runs.remove(0);
			}
		};
		this.watches.add("lena", new WatchRequest("search", null, false, "exposure", Map.of("organization", "Hooli")),
				true);
		ChangeDetector detector = new ChangeDetector(this.driver, this.neo4j, this.models, scripted,
				WatchProperties.defaults());
		detector.sweep(TODAY);
		detector.sweep(TODAY);
		assertThat(all("lena", true)).as("a baseline, then two places swapped (not more than 2)").isEmpty();
		detector.sweep(TODAY);
		assertThat(all("lena", true)).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo("saved_search_changed");
			assertThat(a.restricted()).isTrue();
			assertThat(a.summary()).startsWith("3 of the top 10 places");
			assertThat(a.evidence()).contains("entered: x", "entered: y", "entered: z", "left: c", "left: d",
					"left: e");
		});
		assertThat(SavedSearches.placesChanged(List.of("a", "b"), List.of("a"))).isEqualTo(1);
	}

	@Test
	void eachAlertOnceAcrossReruns() {
		watch("alice", "organization", "Globex", false);
		changeSet("c1", List.of("US9000001"), List.of(), List.of("txed:2:26-cv-00003"));
		this.detector.derive();
		assertThat(this.detector.derive().changeSets()).isZero();
		// the same changes committed again (a rerun ingest, a crash before marking)
		changeSet("c2", List.of("US9000001"), List.of(), List.of("txed:2:26-cv-00003"));
		assertThat(this.detector.derive().total()).isZero();
		List<Alert> shown = all("alice", false);
		assertThat(shown).extracting(Alert::kind).containsExactly("new_patent", "new_suit");
		assertThat(shown).extracting(Alert::seq).doesNotHaveDuplicates().isSorted();
		assertThat(this.neo4j.query("MATCH (c:ChangeSet) WHERE c.processed RETURN count(c)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow()).isEqualTo(2);
		// paging by seq and read state
		Alert.Page first = this.alerts.page("alice", 0, 1, false, null, false);
		assertThat(first.hasMore()).isTrue();
		assertThat(this.alerts.page("alice", first.next(), 1, false, null, false).items()).extracting(Alert::kind)
			.containsExactly("new_suit");
		assertThat(this.alerts.markRead("alice", List.of(first.items().get(0).key()), null, false)).isEqualTo(1);
		assertThat(this.alerts.page("alice", 0, 10, true, null, false).items()).extracting(Alert::kind)
			.containsExactly("new_suit");
	}

	@Test
	void pendingChangeSetsAreDerivedTogetherInTheirOrder() {
		watch("alice", "organization", "Globex", false);
		watch("alice", "patent", "US8000002", false);
		// committed in this order; c2 holds again a patent of c1 (a file read twice)
		changeSet("c1", List.of("US9000001"), List.of(), List.of());
		changeSet("c2", List.of("US9000001", "US9000002"), List.of(), List.of("txed:2:26-cv-00003"));
		changeSet("c3", List.of(), List.of("uspto-maintenance-fee:US8000002:EXP.:2026-11-20"), List.of());
		ChangeDetector.Round round = this.detector.derive();
		assertThat(round.changeSets()).isEqualTo(3);
		assertThat(round.alerts())
			.containsExactlyInAnyOrderEntriesOf(Map.of("new_patent", 2, "new_suit", 1, "status_change", 1));
		// seq follows the change sets, as if each had been derived alone
		assertThat(all("alice", false)).extracting(Alert::key)
			.containsExactly("new_patent:US9000001:alice", "new_patent:US9000002:alice",
					"new_suit:txed:2:26-cv-00003:alice",
					"status_change:uspto-maintenance-fee:US8000002:EXP.:2026-11-20:alice");
		assertThat(
				this.neo4j.query("MATCH (c:ChangeSet) WHERE c.processed RETURN c.id AS id, c.alerts AS n ORDER BY id")
					.fetch()
					.all())
			.extracting(r -> r.get("id") + "=" + r.get("n"))
			.containsExactly("c1=1", "c2=2", "c3=1");
	}

	@Test
	void watchesAreCheckedAndKeyedByWhatTheyWatch() {
		watch("alice", "organization", "Globex Corp.", false);
		watch("alice", "organization", "GLOBEX CORP", false);
		assertThat(this.watches.list("alice")).singleElement()
			.satisfies(w -> assertThat(w.target()).isEqualTo("globex"));
		assertThatThrownBy(() -> watch("alice", "patent", "not a number", false))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a patent number");
		assertThatThrownBy(() -> watch("alice", "cpc", "H04N", true)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.watches.add("alice",
				new WatchRequest("search", null, false, "exposure", Map.of("organization", "Hooli")), false))
			.isInstanceOf(org.ipgraph.web.ForbiddenException.class);
		assertThatThrownBy(() -> this.watches.add("alice",
				new WatchRequest("search", null, false, "pool", Map.of("organization", "Hooli")), false))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("pool search takes");
		String id = this.watches.list("alice").get(0).id();
		this.watches.remove("alice", id);
		assertThat(this.watches.list("alice")).isEmpty();
		assertThatThrownBy(() -> this.watches.remove("lena", id)).isInstanceOf(org.ipgraph.web.NotFoundException.class);
	}

	private Map<String, Double> scores(String... ids) {
		var scorer = this.models.scorer();
		Map<String, Double> scores = new java.util.HashMap<>();
		new OwnerProfiles(this.neo4j).profiles(List.of(ids))
			.forEach(p -> scores.put(p.organization().id(), scorer.score(p.facts()).probability()));
		return scores;
	}

}
