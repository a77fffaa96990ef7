package org.ipgraph.experts;

import java.util.List;

import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GraphTest
class ExpertServiceTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ExpertService experts;

	@Autowired
	ExpertIndexHolder indexes;

	@Autowired
	org.ipgraph.security.AuditLog audit;

	@BeforeEach
	void seed() {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session
				.run("""
						CREATE (h:Organization {id: 'acme holdings', name: 'Acme Holdings'}),
						       (a:Organization {id: 'acme', name: 'Acme Corp'}),
						       (b:Organization {id: 'beta', name: 'Beta LLC'}),
						       (a)-[:SUBSIDIARY_OF {relation: 'subsidiary'}]->(h),
						       (t:Technology {symbol: 'A61B5/11'}), (u:Technology {symbol: 'H02J7/00'}),
						       (alice:Person {id: 'person:alice smith@beta', firstName: 'Alice', lastName: 'Smith',
						                      name: 'Alice Smith', inventor: true, consent: true, contact: 'alice@beta.example'}),
						       (bob:Person {id: 'person:bob hidden@beta', firstName: 'Bob', lastName: 'Hidden',
						                    name: 'Bob Hidden', inventor: true, contact: 'bob@beta.example'}),
						       (carol:Person {id: 'person:carol jones@acme', firstName: 'Carol', lastName: 'Jones',
						                      name: 'Carol Jones', inventor: true, consent: true}),
						       (p1:Patent {number: 'US1000001', title: 'Gait sensor for elderly care wearables',
						                   abstract: 'A wearable gait sensor measures stride length of elderly users.',
						                   filingDate: date('2022-01-01')}),
						       (p2:Patent {number: 'US1000002', title: 'Gait sensor insole',
						                   abstract: 'An insole with a gait sensor detects falls.', filingDate: date('2023-01-01')}),
						       (p3:Patent {number: 'US1000003', title: 'Gait analysis sensor',
						                   abstract: 'A gait sensor in a shoe measures gait phases.', filingDate: date('2021-01-01')}),
						       (p4:Patent {number: 'US1000004', title: 'Battery charging circuit',
						                   abstract: 'A charging circuit for lithium batteries.', filingDate: date('2020-01-01')}),
						       (b)-[:OWNS {sequence: 0}]->(p1), (b)-[:OWNS {sequence: 0}]->(p2),
						       (a)-[:OWNS {sequence: 0}]->(p3), (b)-[:OWNS {sequence: 0}]->(p4),
						       (alice)-[:INVENTED {sequence: 0}]->(p1), (bob)-[:INVENTED {sequence: 1}]->(p1),
						       (bob)-[:INVENTED {sequence: 0}]->(p2), (carol)-[:INVENTED {sequence: 0}]->(p3),
						       (alice)-[:INVENTED {sequence: 0}]->(p4),
						       (p1)-[:CLASSIFIED_AS]->(t), (p2)-[:CLASSIFIED_AS]->(t), (p3)-[:CLASSIFIED_AS]->(t),
						       (p4)-[:CLASSIFIED_AS]->(u),
						       (alice)-[:AFFILIATED_WITH {role: 'inventor', source: 'patents'}]->(b),
						       (bob)-[:AFFILIATED_WITH {role: 'inventor', source: 'patents'}]->(b),
						       (carol)-[:AFFILIATED_WITH {role: 'inventor', source: 'patents'}]->(a)
						""")
				.consume();
		}
		this.indexes.refresh();
	}

	@Test
	@WithMockUser(roles = "USER")
	void aUserSeesAPersonWithoutConsentOnlyAsAnAnonymousProfile() {
		ExpertResults results = this.experts.forTopic("gait sensor", null, PageRequest.of(0, 10));
		assertThat(results.results().items()).hasSize(3);
		ExpertSuggestion hidden = results.results()
			.items()
			.stream()
			.filter(ExpertSuggestion::anonymous)
			.findFirst()
			.orElseThrow();
		assertThat(hidden.name()).isNull();
		assertThat(hidden.personId()).isNull();
		assertThat(hidden.contact()).isNull();
		assertThat(hidden.profile()).isEqualTo("inventor at Beta LLC, 2 patents in A61B");
		assertThat(hidden.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.key()).isNull());
		String json = JSON.writeValueAsString(results);
		assertThat(json).doesNotContainIgnoringCase("bob").doesNotContain("Hidden");
		ExpertSuggestion alice = named(results, "Alice Smith");
		assertThat(alice.contact()).isEqualTo("alice@beta.example");
		assertThat(alice.evidence()).extracting(ExpertSuggestion.EvidenceItem::key).containsExactly("US1000001");
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void anAnalystSeesEveryoneByNameButNoContactWithoutConsentAndIsAudited() {
		ExpertResults results = this.experts.forTopic("gait sensor", null, PageRequest.of(0, 10));
		assertThat(results.results().items()).extracting(ExpertSuggestion::name)
			.containsExactlyInAnyOrder("Alice Smith", "Bob Hidden", "Carol Jones");
		ExpertSuggestion bob = results.results()
			.items()
			.stream()
			.filter(s -> "Bob Hidden".equals(s.name()))
			.findFirst()
			.orElseThrow();
		assertThat(bob.anonymous()).isFalse();
		assertThat(bob.contact()).isNull();
		assertThat(bob.rank()).isEqualTo(1);
		assertThat(auditEvents("experts.hidden")).isEqualTo(1);
	}

	@Test
	@WithMockUser(roles = "USER")
	void excludesTheCorporateGroupOfAConflictingPartyAndSaysSo() {
		ExpertResults results = this.experts.forTopic("gait sensor", List.of("Acme Holdings"), PageRequest.of(0, 10));
		assertThat(results.results().items()).extracting(ExpertSuggestion::name).doesNotContain("Carol Jones");
		assertThat(results.results().items()).hasSize(2);
		ExpertResults.Conflicts conflicts = results.conflicts();
		assertThat(conflicts.organizations()).containsExactly("acme", "acme holdings");
		assertThat(conflicts.excluded()).isEqualTo(1);
		assertThat(conflicts.people()).singleElement()
			.satisfies(e -> assertThat(e.organizations()).containsExactly("acme"))
			.satisfies(e -> assertThat(e.name()).isEqualTo("Carol Jones"));
	}

	@Test
	@WithMockUser(roles = "USER")
	void countsButDoesNotNameExcludedPeopleWithoutConsent() {
		ExpertResults results = this.experts.forTopic("gait sensor", List.of("beta", "Nobody Inc"),
				PageRequest.of(0, 10));
		assertThat(results.results().items()).extracting(ExpertSuggestion::name).containsExactly("Carol Jones");
		assertThat(results.conflicts().excluded()).isEqualTo(2);
		assertThat(results.conflicts().excludedAnonymous()).isEqualTo(1);
		assertThat(results.conflicts().unknownParties()).containsExactly("Nobody Inc");
		assertThat(results.conflicts().people()).extracting(ExpertResults.Excluded::name)
			.containsExactly("Alice Smith");
		assertThat(JSON.writeValueAsString(results)).doesNotContainIgnoringCase("bob");
	}

	@Test
	@WithMockUser(roles = "USER")
	void answersAreDeterministicAndPagesContinueTheRanking() {
		ExpertResults all = this.experts.forTopic("gait sensor wearable", null, PageRequest.of(0, 3));
		assertThat(this.experts.forTopic("gait sensor wearable", null, PageRequest.of(0, 3))).isEqualTo(all);
		List<String> paged = new java.util.ArrayList<>();
		for (int page = 0; page < 3; page++) {
			var one = this.experts.forTopic("gait sensor wearable", null, PageRequest.of(page, 1)).results();
			paged.add(one.items().get(0).handle());
			assertThat(one.hasMore()).isEqualTo(page < 2);
		}
		assertThat(paged)
			.containsExactlyElementsOf(all.results().items().stream().map(ExpertSuggestion::handle).toList());
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void anExpiredPatentIsNoEvidenceByDefaultAndCountsFlaggedWithIncludeExpired() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (p:Patent {number: 'US1000003'})
					SET p.status = 'expired', p.inForce = false, p.expiry = date('2021-06-01')
					""").consume();
		}
		this.indexes.refresh();
		ExpertResults live = this.experts.forTopic("gait sensor", null, PageRequest.of(0, 10));
		// Carol's only patent has expired; US1000001 has no status and counts as in force
		assertThat(live.results().items()).extracting(ExpertSuggestion::name)
			.contains("Alice Smith")
			.doesNotContain("Carol Jones");
		assertThat(live.results().items()).flatExtracting(ExpertSuggestion::evidence)
			.noneMatch(ExpertSuggestion.EvidenceItem::expired);
		ExpertResults all = this.experts.forTopic("gait sensor", null, PageRequest.of(0, 10), true);
		assertThat(all.query()).isEqualTo("topic:gait sensor (including expired patents)");
		ExpertSuggestion carol = named(all, "Carol Jones");
		assertThat(carol.evidence()).singleElement().satisfies(e -> {
			assertThat(e.key()).isEqualTo("US1000003");
			assertThat(e.expired()).isTrue();
		});
	}

	static ExpertSuggestion named(ExpertResults results, String name) {
		return results.results().items().stream().filter(s -> name.equals(s.name())).findFirst().orElseThrow();
	}

	@Test
	@WithMockUser(roles = "USER")
	void aPatentIsNoEvidenceForItself() {
		ExpertResults results = this.experts.forPatent("US 1,000,003", null, PageRequest.of(0, 10));
		assertThat(results.query()).isEqualTo("patent:US1000003");
		assertThat(results.areas()).containsOnlyKeys("A61B");
		assertThat(results.results().items()).flatExtracting(ExpertSuggestion::evidence)
			.extracting(ExpertSuggestion.EvidenceItem::key)
			.doesNotContain("US1000003");
		assertThat(results.results().items()).extracting(ExpertSuggestion::name).doesNotContain("Carol Jones");
	}

	@Test
	@WithMockUser(username = "someone", roles = "USER")
	void onlyAnalystsAdminsOrThePersonThemselfChangeConsent() {
		assertThatThrownBy(() -> this.experts.setConsent("person:bob hidden@beta", true, null))
			.isInstanceOf(ConsentForbiddenException.class);
		this.experts.setConsent("person:bob hidden@beta", true, "person:bob hidden@beta");
		ExpertResults results = this.experts.forTopic("gait sensor", null, PageRequest.of(0, 10));
		assertThat(results.results().items()).extracting(ExpertSuggestion::name).contains("Bob Hidden");
		assertThat(results.results().items()).filteredOn(s -> "Bob Hidden".equals(s.name()))
			.extracting(ExpertSuggestion::contact)
			.containsExactly("bob@beta.example");
		assertThat(auditEvents("experts.consent")).isEqualTo(1);
	}

	// the events queued before are written first (the hidden experts' are queued)
	private long auditEvents(String action) {
		this.audit.flush();
		try (var session = TestNeo4j.driver().session()) {
			return session
				.run("MATCH (e:AuditEvent {action: $action}) RETURN count(e) AS n", java.util.Map.of("action", action))
				.single()
				.get("n")
				.asLong();
		}
	}

}
