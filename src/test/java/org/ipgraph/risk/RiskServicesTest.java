package org.ipgraph.risk;

import java.time.LocalDate;
import java.util.List;

import org.ipgraph.graph.PatentStatus;
import org.ipgraph.ingest.csv.Counts;
import org.ipgraph.test.GraphTest;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GraphTest
class RiskServicesTest {

	static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

	@Autowired
	NpeService npe;

	@Autowired
	ExposureService exposure;

	@Autowired
	PatentRiskService patents;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void graph() {
		RiskGraph.create();
	}

	@Test
	void theShellIsAnNpeWithItsSuitsAcquisitionNetworkAndPtabAsEvidence() {
		NpeReport report = this.npe.report("Acme Licensing LLC");
		assertThat(report.organization().id()).isEqualTo("acme licensing");
		assertThat(report.score().npe()).isTrue();
		assertThat(report.evidenceCounts()).containsEntry("cases", 3)
			.containsEntry("acquisitions", 1)
			.containsEntry("ptab", 1);
		assertThat(report.evidenceCounts().get("shells")).isGreaterThanOrEqualTo(1);
		// the declaratory action against it and the PTAB trial are not suits it filed
		assertThat(report.evidence()).filteredOn(p -> p.signal().equals("plaintiffSuits"))
			.extracting(p -> p.nodes().get(1).key())
			.containsExactly("text:acme licensing v initech:2021", "txed:2:20-cv-00002", "txed:2:19-cv-00001");
		EvidencePath fromText = report.evidence().get(0);
		assertThat(fromText.source()).isEqualTo("text");
		assertThat(fromText.relationships()).containsExactly("-[:PLAINTIFF_IN]->", "<-[:DEFENDANT_IN]-");
		assertThat(report.score().signals()).filteredOn(s -> s.signal().equals("defendantSpread"))
			.singleElement()
			.satisfies(s -> assertThat(s.shown()).isEqualTo("2 defendant groups"));
		assertThat(report.score().signals()).filteredOn(s -> s.signal().equals("acquiredShare"))
			.singleElement()
			.satisfies(s -> assertThat(s.shown()).isEqualTo("3 of 3 patents acquired"));
		assertThat(Counts.of("MATCH (e:AuditEvent {action: 'risk.npe', target: 'acme licensing'}) RETURN count(e)"))
			.isEqualTo(1);
	}

	@Test
	void textDescribingALicensingCompanyIsAShownSignalWithItsSentences() {
		org.ipgraph.test.TestNeo4j.driver().executableQuery("""
				CREATE (o:Organization {id: 'patentia', name: 'Patentia Group'}),
				       (q:Organization {id: 'quietco', name: 'Quietco Group'}),
				       (d1:Document {id: 'doc:a', name: 'news-a.md'}), (d2:Document {id: 'doc:b', name: 'wiki-b.md'}),
				       (e1:Evidence {type: 'DESCRIBED_AS', description: 'patent-assertion entity',
				                     sentence: 'Patentia Group, a patent assertion entity, sued ten retailers.'}),
				       (e2:Evidence {type: 'DESCRIBED_AS', description: 'sues many companies',
				                     sentence: 'Patentia Group has sued dozens of companies.'}),
				       (e1)-[:SUBJECT]->(o), (e1)-[:IN_DOCUMENT]->(d1), (e2)-[:SUBJECT]->(o), (e2)-[:IN_DOCUMENT]->(d2)
				""").execute();
		NpeReport described = this.npe.report("patentia");
		NpeReport quiet = this.npe.report("quietco");
		assertThat(described.score().signals()).filteredOn(s -> s.signal().equals("textDescription"))
			.singleElement()
			.satisfies(s -> {
				assertThat(s.shown()).startsWith("described so in 2 documents");
				assertThat(s.contribution()).isPositive();
			});
		assertThat(described.score().probability()).isGreaterThan(quiet.score().probability());
		assertThat(described.evidenceCounts()).containsEntry("descriptions", 2);
		assertThat(described.evidence()).filteredOn(p -> p.signal().equals("textDescription"))
			.extracting(p -> p.sentences().get(0))
			.containsExactlyInAnyOrder("Patentia Group, a patent assertion entity, sued ten retailers.",
					"Patentia Group has sued dozens of companies.");
	}

	@Test
	void theHoldingParentCountsItsShellsAndTheOperatingCompanyIsNoNpe() {
		NpeReport parent = this.npe.report("acme ip hldg");
		assertThat(parent.group()).extracting(OwnerProfile.Ref::id).containsExactly("acme ip hldg", "acme licensing");
		assertThat(parent.score().npe()).isTrue();
		NpeReport globex = this.npe.report("Globex Corp.");
		assertThat(globex.score().npe()).isFalse();
		assertThat(globex.evidenceCounts()).containsEntry("cases", 1).containsEntry("acquisitions", 0);
	}

	@Test
	void anUnknownOrganizationIsNotFoundAndNotAudited() {
		assertThatThrownBy(() -> this.npe.report("Nobody Inc.")).isInstanceOf(NotFoundException.class);
		assertThat(Counts.of("MATCH (e:AuditEvent) RETURN count(e)")).isZero();
	}

	@Test
	void exposureRanksTheShellsLiveVideoPatentForTheVideoCompanyWithReasons() {
		ExposureReport report = this.exposure.exposure(new ExposureService.Request("globex", null, null, null, AS_OF),
				PageRequest.of(0, 10));
		assertThat(report.company().id()).isEqualTo("globex");
		assertThat(report.ownPatents()).isEqualTo(2);
		assertThat(report.npeOwners()).extracting(o -> o.organization().id()).containsExactly("acme licensing");
		// the battery patent shares nothing with the company; the 1999 patent has expired
		assertThat(report.patents().items()).extracting(ExposureReport.ExposedPatent::number)
			.containsExactly("US1000001");
		ExposureReport.ExposedPatent top = report.patents().items().get(0);
		assertThat(top.closest().id()).isEqualTo("US2000001");
		assertThat(top.sharedCpc()).isEqualTo("H04N19/00");
		assertThat(top.sharedTerms()).contains("partit");
		assertThat(top.assertedIn()).containsExactlyInAnyOrder("txed:2:19-cv-00001", "txed:2:20-cv-00002");
		assertThat(top.components()).containsEntry("life", 1.0).containsEntry("cpc", 1.0);
		assertThat(top.yearsLeft()).isBetween(8.0, 8.1);
		assertThat(top.reasons()).anySatisfy(r -> assertThat(r).startsWith("text similarity"))
			.anySatisfy(r -> assertThat(r).contains("already asserted in"));
		assertThat(top.evidence()).first()
			.satisfies(p -> assertThat(p.nodes()).extracting(EvidencePath.Node::key)
				.containsExactly("globex", "US2000001", "US1000001", "acme licensing"));
		assertThat(Counts.of("MATCH (e:AuditEvent {action: 'risk.exposure', target: 'globex'}) RETURN count(e)"))
			.isEqualTo(1);
	}

	@Test
	void ownPatentsAsKeptGiveTheReportOfTheLiveReads() {
		ExposureQueries queries = new ExposureQueries(this.neo4j);
		List<String> group = queries.group("globex");
		List<ExposureRanker.PatentText> live = queries.ownPatents(group, 2000);
		List<String> numbers = live.stream().map(ExposureRanker.PatentText::number).toList();
		assertThat(numbers).hasSize(2);
		// the same patents in the same order, and the same first ones under a bound
		assertThat(queries.ownNumbers(group, 2000)).containsExactlyElementsOf(numbers);
		assertThat(queries.ownNumbers(group, 1)).containsExactly(numbers.get(0));
		ExposureService.Request request = new ExposureService.Request("globex", null, null, null, AS_OF);
		ExposureReport first = this.exposure.exposure(request, PageRequest.of(0, 10));
		ExposureReport kept = this.exposure.exposure(request, PageRequest.of(0, 10));
		assertThat(kept).isEqualTo(first);
		// the ranker on the patents read live, each text split now
		ExposureReport.NpeOwner owner = first.npeOwners().get(0);
		List<ExposureRanker.Candidate> candidates = queries
			.heldPatents(List.of(owner.organization().id()), numbers, true)
			.stream()
			.map(h -> new ExposureRanker.Candidate(h.patent(), h.owner(), owner.organization().name(), owner.npeScore(),
					owner.plaintiffSuits(), h.cases().size(), h.legal()))
			.toList();
		List<ExposureRanker.Ranked> reference = ExposureRanker.rank(live, List.of(), candidates, AS_OF);
		assertThat(first.patents().items()).extracting(ExposureReport.ExposedPatent::number)
			.containsExactlyElementsOf(reference.stream().map(r -> r.candidate().patent().number()).toList());
		assertThat(first.patents().items()).extracting(ExposureReport.ExposedPatent::score)
			.containsExactlyElementsOf(reference.stream().map(ExposureRanker.Ranked::score).toList());
		assertThat(first.patents().items()).extracting(ExposureReport.ExposedPatent::components)
			.containsExactlyElementsOf(reference.stream().map(ExposureRanker.Ranked::components).toList());
		assertThat(first.patents().items()).extracting(ExposureReport.ExposedPatent::sharedTerms)
			.containsExactlyElementsOf(reference.stream().map(ExposureRanker.Ranked::sharedTerms).toList());
	}

	@Test
	void aLapsedPatentIsLeftOutByDefaultAndFlaggedWithIncludeExpiredWhileUnknownStatusCountsAsInForce() {
		// US1000001 has no status in the graph: it counts as in force (the test above)
		Counts.of("""
				MATCH (p:Patent {number: 'US1000001'})
				SET p.status = 'lapsed', p.inForce = false, p.expiry = date('2032-01-10')
				RETURN count(p)""");
		ExposureReport live = this.exposure.exposure(new ExposureService.Request("globex", null, null, null, AS_OF),
				PageRequest.of(0, 10));
		assertThat(live.includeExpired()).isFalse();
		assertThat(live.patents().items()).isEmpty();
		// as of today the query itself leaves it out (it would have 5 years left)
		ExposureReport today = this.exposure.exposure(new ExposureService.Request("globex", null, null, null, null),
				PageRequest.of(0, 10));
		assertThat(today.ranked()).isZero();
		assertThat(this.exposure
			.exposure(new ExposureService.Request("globex", null, null, null, null, true), PageRequest.of(0, 10))
			.patents()
			.items()).extracting(ExposureReport.ExposedPatent::number).contains("US1000001");
		ExposureReport all = this.exposure
			.exposure(new ExposureService.Request("globex", null, null, null, AS_OF, true), PageRequest.of(0, 10));
		assertThat(all.includeExpired()).isTrue();
		// the lapsed patent and the 1999 filing whose 20 years ended in 2019, both
		// flagged
		assertThat(all.patents().items()).extracting(ExposureReport.ExposedPatent::number)
			.containsExactly("US1000001", "US1000003");
		assertThat(all.ended()).isEqualTo(2);
		ExposureReport.ExposedPatent lapsed = all.patents().items().get(0);
		assertThat(lapsed.legal()).isEqualTo(new PatentStatus("lapsed", LocalDate.of(2032, 1, 10), true));
		assertThat(lapsed.components()).containsEntry("life", 0.2);
		assertThat(lapsed.reasons()).anySatisfy(r -> assertThat(r).contains("no future infringement"));
		ExposureReport.ExposedPatent old = all.patents().items().get(1);
		assertThat(old.legal().expired()).isTrue();
		assertThat(old.legal().status()).isEqualTo("expired");
		assertThat(old.yearsLeft()).isNegative();
	}

	@Test
	void aProductDescriptionAloneFindsTheBatteryPatent() {
		ExposureReport report = this.exposure.exposure(
				new ExposureService.Request(null, List.of(),
						List.of("Electric scooter battery packs with cooling plates for cells"), null, AS_OF),
				PageRequest.of(0, 10));
		assertThat(report.patents().items()).extracting(ExposureReport.ExposedPatent::number)
			.first()
			.isEqualTo("US1000002");
		assertThat(report.patents().items().get(0).closest().id()).isEqualTo("product:1");
	}

	@Test
	void exposureNeedsSomethingToCompareWith() {
		assertThatThrownBy(() -> this.exposure.exposure(new ExposureService.Request("initech", null, null, null, AS_OF),
				PageRequest.of(0, 10)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("Nothing to compare with");
	}

	@Test
	void thePatentAssertedTwiceByTheShellIsRiskierThanTheOperatingCompanysOwn() {
		PatentRiskReport shells = this.patents.patent("US 1,000,001", AS_OF);
		PatentRiskReport own = this.patents.patent("US2000001", AS_OF);
		assertThat(shells.owners()).extracting(o -> o.organization().id()).containsExactly("acme licensing");
		assertThat(shells.score().factors()).filteredOn(f -> f.factor().equals("priorAssertions"))
			.singleElement()
			.satisfies(f -> assertThat(f.shown()).isEqualTo("2 suits"));
		assertThat(shells.score().factors()).filteredOn(f -> f.factor().equals("ptabChallenges"))
			.singleElement()
			.satisfies(f -> assertThat(f.shown()).isEqualTo("1 PTAB trials"));
		assertThat(shells.evidence()).extracting(EvidencePath::signal)
			.contains("ownerNpeScore", "priorAssertions", "ptabChallenges", "acquisitionHistory");
		assertThat(shells.score().probability()).isGreaterThan(own.score().probability());
		assertThat(this.patents.patent("US1000003", AS_OF).score().expired()).isTrue();
		assertThat(Counts.of("MATCH (e:AuditEvent {action: 'risk.patent'}) RETURN count(e)")).isEqualTo(3);
	}

}
