package org.ipgraph.experts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonResolverTest {

	private final PersonResolver resolver = new PersonResolver();

	@Test
	void linksNameVariantsThatShareACoInventor() {
		var resolution = this.resolver.resolve(List.of(
				person("person:felipe a garcia@us navy", "Felipe A.", "Garcia", Map.of("US6082675", 1), "us navy", "",
						"woodall|r"),
				person("person:felipe garcia@us navy", "Felipe", "Garcia", Map.of("US6293202", 1), "us navy", "",
						"woodall|r")));
		assertThat(resolution.identityOf("person:felipe garcia@us navy")).isEqualTo("person:felipe a garcia@us navy");
		assertThat(resolution.links()).singleElement()
			.satisfies(l -> assertThat(l.evidence()).contains("co-inventor:woodall|r", "organization:us navy"));
	}

	@Test
	void keepsHomonymsAtDifferentCompaniesWithoutSharedCoInventorsApart() {
		var resolution = this.resolver.resolve(List.of(
				person("person:john smith@acme", "John", "Smith", Map.of("US1", 0), "acme", "Boston|US", "lee|a"),
				person("person:john smith@globex", "John", "Smith", Map.of("US2", 0), "globex", "Austin|US",
						"chan|b")));
		assertThat(resolution.identities()).isEmpty();
		assertThat(resolution.links()).isEmpty();
	}

	@Test
	void aCommonNameNeedsMoreThanPlaceAndFieldButAFullerOneMoves() {
		// Same city and CPC subclass at two companies: "John Smith" stays two people,
		// while
		// "John Q. Smith" is taken to be one inventor who changed employer
		var plain = this.resolver.resolve(List.of(
				person("person:john smith@acme", "John", "Smith", Map.of("US1", 0), "acme", "Boston|US", "lee|a"),
				person("person:john smith@globex", "John", "Smith", Map.of("US2", 0), "globex", "Boston|US",
						"chan|b")));
		assertThat(plain.identities()).isEmpty();
		var fuller = this.resolver.resolve(List.of(
				person("person:john q smith@acme", "John Q.", "Smith", Map.of("US1", 0), "acme", "Boston|US", "lee|a"),
				person("person:john q smith@globex", "John Q.", "Smith", Map.of("US2", 0), "globex", "Boston|US",
						"chan|b")));
		assertThat(fuller.identities()).hasSize(2);
	}

	@Test
	void coInventorsOfOnePatentAreNeverOnePerson() {
		var resolution = this.resolver.resolve(List.of(
				person("person:j kim@acme", "J.", "Kim", Map.of("US1", 0, "US3", 0), "acme", "Seoul|KR", "park|s"),
				person("person:jin kim@acme", "Jin", "Kim", Map.of("US1", 1, "US4", 0), "acme", "Seoul|KR", "park|s")));
		assertThat(resolution.identities()).isEmpty();
	}

	@Test
	void theSameInventorRecordFromTwoSourcesIsOnePerson() {
		var resolution = this.resolver
			.resolve(List.of(person("pv:fl:jo_ln:doe-1", "Jon", "Doe", Map.of("US7", 2), "", "", ""),
					person("person:jon doe@initech", "Jon", "Doe", Map.of("US7", 2), "initech", "", "")));
		assertThat(resolution.links()).singleElement()
			.satisfies(l -> assertThat(l.evidence()).containsExactly("same-inventor-record:US7"));
	}

	@Test
	void aShortFormDoesNotChainTwoDifferentMiddleInitials() {
		var resolution = this.resolver.resolve(List.of(
				person("person:robert j kline@acme", "Robert J.", "Kline", Map.of("US1", 0), "acme", "Reno|US",
						"ames|t"),
				person("person:robert k kline@acme", "Robert K.", "Kline", Map.of("US2", 0), "acme", "Reno|US",
						"ames|t"),
				person("person:robert kline@acme2", "Robert", "Kline", Map.of("US3", 0), "acme", "Reno|US", "ames|t")));
		assertThat(resolution.identities().values().stream().distinct()).hasSize(1);
		assertThat(resolution.identities()).hasSize(2).doesNotContainKeys("person:robert k kline@acme");
	}

	@Test
	void resolvingTwiceGivesTheSameResult() {
		List<PersonRecord> records = List.of(person("b", "Ann", "Lee", Map.of("US1", 0), "acme", "", "roe|r"),
				person("a", "Ann M.", "Lee", Map.of("US2", 0), "acme", "", "roe|r"),
				person("c", "A.", "Lee", Map.of("US3", 0), "acme", "", "roe|r"));
		assertThat(this.resolver.resolve(records)).isEqualTo(this.resolver.resolve(List.copyOf(records).reversed()));
		assertThat(this.resolver.resolve(records).identities()).containsEntry("b", "a").containsEntry("c", "a");
	}

	@Test
	void initialsWithTheSameMiddleInitialAtOneOrganizationAndPlaceAreOnePerson() {
		var resolution = this.resolver.resolve(List.of(
				person("person:k s lehtonen@acme", "K. S.", "Lehtonen", Map.of("US1", 0), "acme", "Lund|SE", "ek|a"),
				person("person:karin s lehtonen@acme", "Karin S.", "Lehtonen", Map.of("US2", 0), "acme", "Lund|SE",
						"berg|b"),
				person("person:kalle s lehtonen@acme", "Kalle S.", "Lehtonen", Map.of("US3", 0), "acme", "Oulu|FI",
						"holm|c")));
		assertThat(resolution.identities()).containsOnlyKeys("person:k s lehtonen@acme",
				"person:karin s lehtonen@acme");
		var elsewhere = this.resolver.resolve(List.of(
				person("person:k s lehtonen@acme", "K. S.", "Lehtonen", Map.of("US1", 0), "acme", "Oulu|FI", "ek|a"),
				person("person:karin s lehtonen@acme", "Karin S.", "Lehtonen", Map.of("US2", 0), "acme", "Lund|SE",
						"berg|b")));
		assertThat(elsewhere.identities()).isEmpty();
	}

	@Test
	void comparingOnlyPairsThatShareSomethingResolvesAsComparingEveryPair() {
		// few names, many people: large blocks, with shared patents (some at other
		// positions), co-inventors, organizations, places and CPC areas
		String[] firsts = { "John", "J.", "John Q.", "J. Q.", "John R.", "Jon", "Maria", "M.", "Maria L." };
		String[] lasts = { "Smith", "Kim", "Garcia" };
		java.util.Random random = new java.util.Random(3);
		List<PersonRecord> records = new java.util.ArrayList<>();
		for (int i = 0; i < 600; i++) {
			String first = firsts[random.nextInt(firsts.length)];
			String last = lasts[random.nextInt(lasts.length)];
			Map<String, Integer> patents = new java.util.HashMap<>();
			for (int k = 0; k < 1 + random.nextInt(3); k++) {
				patents.put("US" + random.nextInt(400), random.nextInt(3) == 0 ? null : random.nextInt(3));
			}
			Set<String> co = Set.of(List.of("smith|j", "kim|m", "lee|a", "chan|b", "park|s").get(random.nextInt(5)),
					"x|" + random.nextInt(60));
			records.add(new PersonRecord("person:" + i, NameForm.of(first, last), patents,
					Set.of("org" + random.nextInt(25)), Set.of("city" + random.nextInt(8) + "|US"), co,
					Set.of(List.of("G06F", "A61B", "H01M").get(random.nextInt(3)))));
		}
		var expected = new PersonResolver(true).resolve(records);
		var resolution = new PersonResolver().resolve(records);
		assertThat(expected.links()).hasSizeGreaterThan(50);
		assertThat(resolution.identities()).isEqualTo(expected.identities());
		assertThat(resolution.links()).isEqualTo(expected.links());
	}

	static PersonRecord person(String id, String first, String last, Map<String, Integer> patents, String org,
			String place, String coInventor) {
		return new PersonRecord(id, NameForm.of(first, last), patents, org.isEmpty() ? Set.of() : Set.of(org),
				place.isEmpty() ? Set.of() : Set.of(place), coInventor.isEmpty() ? Set.of() : Set.of(coInventor),
				Set.of("G06F"));
	}

}
