package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoGeneratorTest {

	static DemoEcosystem ecosystem;

	static Map<String, PatentRecord> patents;

	@BeforeAll
	static void generate() {
		ecosystem = DemoGenerator.generate(new DemoParameters(600, 7, 0.1));
		patents = new HashMap<>();
		ecosystem.patents().forEach(p -> patents.put(p.number(), p.record()));
	}

	@Test
	void sameSeedAndParametersGiveTheSameEcosystem() {
		DemoEcosystem again = DemoGenerator.generate(new DemoParameters(600, 7, 0.1));
		assertThat(again.nodes()).isEqualTo(ecosystem.nodes());
		assertThat(again.patents()).isEqualTo(ecosystem.patents());
		assertThat(again.relationships()).isEqualTo(ecosystem.relationships());
		assertThat(again.truth().pools()).isEqualTo(ecosystem.truth().pools());
		assertThat(again.truth().npeGroups()).isEqualTo(ecosystem.truth().npeGroups());
		assertThat(again.truth().partnerAffinities()).isEqualTo(ecosystem.truth().partnerAffinities());
	}

	@Test
	void anotherSeedGivesAnotherEcosystem() {
		DemoEcosystem other = DemoGenerator.generate(new DemoParameters(600, 8, 0.1));
		assertThat(other.patents().get(0).record().title()).isNotEqualTo(ecosystem.patents().get(0).record().title());
		assertThat(names(other)).doesNotContainAnyElementsOf(names(ecosystem));
	}

	@Test
	void generatesExactlyTheRequestedNumberOfPatentsInFilingOrder() {
		for (int size : List.of(300, 1234)) {
			DemoEcosystem generated = DemoGenerator.generate(new DemoParameters(size, 3, 0.5));
			assertThat(generated.patents()).hasSize(size);
			assertThat(generated.patents().stream().map(DemoPatent::number).distinct()).hasSize(size);
			assertThat(generated.patents())
				.isSortedAccordingTo((a, b) -> a.record().filingDate().compareTo(b.record().filingDate()));
		}
	}

	@Test
	void citationsOnlyPointToOlderDemoPatents() {
		long citations = 0;
		for (DemoPatent patent : ecosystem.patents()) {
			for (PatentRecord.Citation citation : patent.record().citations()) {
				PatentRecord cited = patents.get(citation.cited().key());
				assertThat(cited).as("cited %s exists", citation.cited()).isNotNull();
				assertThat(cited.filingDate()).isBefore(patent.record().filingDate());
				citations++;
			}
		}
		assertThat(citations).isGreaterThan(ecosystem.patents().size());
	}

	@Test
	void mostCitationsStayWithinTheField() {
		long same = 0;
		long all = 0;
		for (DemoPatent patent : ecosystem.patents()) {
			String subclass = patent.record().cpc().get(0).subclass();
			for (PatentRecord.Citation citation : patent.record().citations()) {
				all++;
				if (patents.get(citation.cited().key()).cpc().get(0).subclass().equals(subclass)) {
					same++;
				}
			}
		}
		assertThat((double) same / all).isGreaterThan(0.5);
	}

	@Test
	void everyPlantedPoolHasAtLeastThreeIndependentOwnersAfterRollUp() {
		Map<String, String> parents = new HashMap<>();
		ecosystem.relationships()
			.stream()
			.filter(r -> r.type().equals("SUBSIDIARY_OF"))
			.forEach(r -> parents.put(r.from(), r.to()));
		assertThat(ecosystem.truth().pools()).isNotEmpty();
		assertThat(ecosystem.truth().pools().get(0).standard()).isEqualTo("DEMO-VC 1");
		assertThat(ecosystem.truth().pools().get(0).cpcGroup()).isEqualTo("H04N19");
		for (DemoTruth.PlantedPool pool : ecosystem.truth().pools()) {
			Set<String> groups = new HashSet<>();
			for (String member : pool.members()) {
				String owner = OrganizationNames.key(patents.get(member).owners().get(0).rawName());
				assertThat(pool.owners()).contains(owner);
				groups.add(rollUp(owner, parents));
			}
			assertThat(groups).hasSizeGreaterThanOrEqualTo(3).containsExactlyInAnyOrderElementsOf(pool.ownerGroups());
			assertThat(pool.members()).containsAll(pool.declared());
			assertThat(pool.declared()).allSatisfy(number -> assertThat(ecosystem.relationships())
				.anyMatch(r -> r.type().equals("DECLARED_ESSENTIAL_TO") && r.from().equals(number)
						&& r.to().equals(pool.standard())));
		}
	}

	@Test
	void poolDecoysAreSubstitutesOfOneOwnerOrOutsiders() {
		for (DemoTruth.PlantedPool pool : ecosystem.truth().pools()) {
			pool.substitutes().forEach((member, substitute) -> {
				assertThat(owner(substitute)).isEqualTo(owner(member));
				assertThat(patents.get(substitute).familyId()).isEqualTo(patents.get(member).familyId());
				assertThat(patents.get(substitute).title()).isEqualTo(patents.get(member).title());
				assertThat(pool.members()).doesNotContain(substitute);
			});
			assertThat(pool.decoyPatents()).hasSizeGreaterThan(1)
				.allSatisfy(number -> assertThat(owner(number)).isEqualTo(pool.decoyOwner()));
			assertThat(pool.missingHolderPatents()).isNotEmpty()
				.allSatisfy(number -> assertThat(owner(number)).isEqualTo(pool.missingHolder()));
			assertThat(pool.ownerGroups()).doesNotContain(ecosystem.truth().rollUp(pool.missingHolder()),
					ecosystem.truth().rollUp(pool.decoyOwner()));
			assertThat(ecosystem.relationships()).noneMatch(
					r -> r.type().equals("DECLARED_ESSENTIAL_TO") && pool.missingHolderPatents().contains(r.from()));
		}
	}

	@Test
	void npeShellsHoldOnlyAcquiredPatentsAndSueManyDefendants() {
		Set<String> applicants = new HashSet<>();
		ecosystem.patents()
			.forEach(p -> p.record().owners().forEach(o -> applicants.add(OrganizationNames.key(o.rawName()))));
		assertThat(ecosystem.truth().npeGroups()).hasSizeGreaterThanOrEqualTo(3);
		for (DemoTruth.NpeGroup group : ecosystem.truth().npeGroups()) {
			Set<String> addresses = new HashSet<>();
			for (String shell : group.shells()) {
				assertThat(applicants).doesNotContain(shell);
				assertThat(shell).matches(".*(licensing|tech|innovations|patent assets|ip ventures)");
				assertThat(count("PLAINTIFF_IN", shell, null)).isGreaterThanOrEqualTo(Litigation.MIN_SUITS_PER_SHELL);
				addresses.add((String) organization(shell).properties().get("address"));
				if (group.parent() != null) {
					assertThat(count("SUBSIDIARY_OF", shell, group.parent())).isEqualTo(1);
				}
			}
			assertThat(addresses).containsExactly(group.address());
			for (String number : group.portfolio()) {
				DemoRelationship owns = ecosystem.relationships()
					.stream()
					.filter(r -> r.type().equals("OWNS") && r.to().equals(number))
					.findFirst()
					.orElseThrow();
				LocalDate from = (LocalDate) owns.properties().get("from");
				PatentRecord record = patents.get(number);
				assertThat(from).isAfter(record.grantDate());
				DemoPatent demo = ecosystem.patents()
					.stream()
					.filter(p -> p.number().equals(number))
					.findFirst()
					.orElseThrow();
				assertThat(demo.ownedUntil()).containsValue(from);
				assertThat(count("ACQUIRED_FROM", owns.from(), OrganizationNames.key(record.owners().get(0).rawName())))
					.isEqualTo(1);
			}
			assertThat(group.petitions()).isNotEmpty();
			Set<String> defendants = ecosystem.relationships()
				.stream()
				.filter(r -> r.type().equals("DEFENDANT_IN") && group.plaintiffCases().contains(r.to()))
				.map(DemoRelationship::from)
				.collect(Collectors.toSet());
			assertThat(defendants).hasSizeGreaterThan(3);
		}
	}

	@Test
	void litigatingOperatingCompaniesSueOnTheirOwnInventorsPatents() {
		assertThat(ecosystem.truth().litigatingOperatingCompanies()).isNotEmpty().allSatisfy(company -> {
			assertThat(ecosystem.truth().isNpe(company)).isFalse();
			assertThat(count("PLAINTIFF_IN", company, null)).isBetween(1L, 2L);
			assertThat(ecosystem.patents()).anyMatch(p -> OrganizationNames
				.key(p.record().owners().isEmpty() ? "" : p.record().owners().get(0).rawName())
				.equals(company) && !p.record().inventors().isEmpty());
		});
	}

	@Test
	void partnerPairsFirstCoApplyInOrAfterTheCutYear() {
		assertThat(ecosystem.truth().partnerAffinities()).isNotEmpty();
		for (DemoTruth.PartnerAffinity pair : ecosystem.truth().partnerAffinities()) {
			List<PatentRecord> joint = ecosystem.patents()
				.stream()
				.map(DemoPatent::record)
				.filter(r -> owners(r).containsAll(List.of(pair.organization(), pair.partner())))
				.toList();
			assertThat(joint).isNotEmpty()
				.allSatisfy(r -> assertThat(r.priorityDate().getYear()).isGreaterThanOrEqualTo(pair.cutYear()));
			assertThat(joint.stream().map(r -> r.number().key()))
				.containsExactlyInAnyOrderElementsOf(pair.coApplications());
			assertThat(pair.signals()).contains("co-invention");
			assertThat(pair.patentsBefore()).allSatisfy(
					number -> assertThat(patents.get(number).priorityDate().getYear()).isLessThan(pair.cutYear()));
			assertThat(ecosystem.truth().rollUp(pair.organization()))
				.isNotEqualTo(ecosystem.truth().rollUp(pair.partner()));
		}
	}

	@Test
	void expertsIncludePeopleWithAndWithoutConsent() {
		List<DemoTruth.Expert> experts = ecosystem.truth().experts();
		assertThat(experts).hasSizeGreaterThanOrEqualTo(40);
		assertThat(experts).anyMatch(DemoTruth.Expert::consent).anyMatch(e -> !e.consent());
		assertThat(experts).anyMatch(DemoTruth.Expert::contact).anyMatch(e -> !e.contact());
		assertThat(experts).anyMatch(e -> e.inventor() != null).anyMatch(e -> e.inventor() == null);
		assertThat(experts)
			.allSatisfy(e -> assertThat(count("AFFILIATED_WITH", e.personId(), e.organization())).isOne());
	}

	@Test
	void inventorTruthNamesTheRealInventorsAndTheirNodeIds() {
		InventorTruth inventors = ecosystem.truth().inventors();
		Set<String> moved = new LinkedHashSet<>();
		for (DemoPatent patent : ecosystem.patents()) {
			List<String> real = inventors.inventorsOf(patent.number());
			assertThat(real).hasSameSizeAs(patent.record().inventors());
			for (String inventor : real) {
				if (inventors.moved(inventor)) {
					moved.add(inventor);
				}
			}
		}
		assertThat(moved).isNotEmpty();
		String mover = moved.iterator().next();
		assertThat(inventors.employersOf(mover)).hasSize(2);
		List<String> ids = inventors.personIdsOf(mover);
		assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(inventors.inventorOf(id)).contains(mover));
		assertThat(inventors.patentsOf(mover)).isNotEmpty()
			.allSatisfy(number -> assertThat(inventors.inventorsOf(number)).contains(mover));
	}

	@Test
	void organizationsAreOfEveryKindAndNamedFictionally() {
		Set<String> kinds = ecosystem.nodes()
			.stream()
			.filter(n -> n.label().equals("Organization"))
			.map(n -> (String) n.properties().get("kind"))
			.collect(Collectors.toSet());
		assertThat(kinds).contains("company", "university", "research_institute", "government_agency",
				"service_institution", "platform", "standards_body");
		Set<String> services = ecosystem.nodes()
			.stream()
			.filter(n -> n.label().equals("Organization") && n.properties().containsKey("serviceType"))
			.map(n -> (String) n.properties().get("serviceType"))
			.collect(Collectors.toSet());
		assertThat(services).contains("law_firm", "agency", "exchange", "bank");
		List<String> real = List.of("apple", "samsung", "nokia", "qualcomm", "sony", "huawei", "ericsson", "intel",
				"google", "panasonic", "lg", "ibm", "siemens", "bosch", "tesla", "catl", "panasonic");
		assertThat(names(ecosystem)).allSatisfy(name -> assertThat(Set.of(name.toLowerCase(Locale.ROOT).split("\\W+")))
			.doesNotContainAnyElementsOf(real));
	}

	@Test
	void everyEmittedNodeIsSyntheticAndRelationshipsAreUnique() {
		assertThat(ecosystem.nodes()).allSatisfy(n -> assertThat(n.properties()).containsEntry("synthetic", true));
		Set<String> seen = new HashSet<>();
		assertThat(ecosystem.relationships())
			.allSatisfy(r -> assertThat(seen.add(r.type() + "|" + r.from() + "|" + r.to())).as("%s", r).isTrue());
	}

	@Test
	void noiseThinsThePoolCrossCitations() {
		assertThat(crossCitations(new DemoParameters(2000, 11, 1.0)))
			.isLessThan(crossCitations(new DemoParameters(2000, 11, 0.0)));
	}

	private static long crossCitations(DemoParameters parameters) {
		DemoEcosystem generated = DemoGenerator.generate(parameters);
		Map<String, PatentRecord> byNumber = new HashMap<>();
		generated.patents().forEach(p -> byNumber.put(p.number(), p.record()));
		long count = 0;
		for (DemoTruth.PlantedPool pool : generated.truth().pools()) {
			for (String member : pool.members()) {
				for (PatentRecord.Citation citation : byNumber.get(member).citations()) {
					if (pool.members().contains(citation.cited().key())) {
						count++;
					}
				}
			}
		}
		return count;
	}

	private static String owner(String number) {
		return OrganizationNames.key(patents.get(number).owners().get(0).rawName());
	}

	private static Set<String> owners(PatentRecord record) {
		return record.owners()
			.stream()
			.filter(o -> !o.isPerson())
			.map(Party::rawName)
			.map(OrganizationNames::key)
			.collect(Collectors.toSet());
	}

	private static DemoNode organization(String key) {
		return ecosystem.nodes()
			.stream()
			.filter(n -> n.label().equals("Organization") && n.key().equals(key))
			.findFirst()
			.orElseThrow();
	}

	private static long count(String type, String from, String to) {
		return ecosystem.relationships()
			.stream()
			.filter(r -> r.type().equals(type) && r.from().equals(from) && (to == null || r.to().equals(to)))
			.count();
	}

	private static String rollUp(String org, Map<String, String> parents) {
		String top = org;
		while (parents.containsKey(top)) {
			top = parents.get(top);
		}
		return top;
	}

	private static Set<String> names(DemoEcosystem ecosystem) {
		return ecosystem.nodes()
			.stream()
			.filter(n -> n.label().equals("Organization"))
			.map(n -> (String) n.properties().get("name"))
			.collect(Collectors.toSet());
	}

}
