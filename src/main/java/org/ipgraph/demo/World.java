package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.OrganizationNames;

/**
 * The actors of the ecosystem before any patent exists: organizations of every kind with
 * their corporate trees, and the inventors they employ. Sizes scale with the number of
 * patents.
 */
final class World {

	final DemoParameters parameters;

	final List<Org> orgs = new ArrayList<>();

	final People people = new People();

	final Map<Field, List<Org>> companies = new EnumMap<>(Field.class);

	final List<Org> universities = new ArrayList<>();

	final List<Org> institutes = new ArrayList<>();

	final List<Org> agencies = new ArrayList<>();

	final List<Org> services = new ArrayList<>();

	final Map<Field, Org> standardsBodies = new EnumMap<>(Field.class);

	final List<NpeGroup> npeGroups = new ArrayList<>();

	/** Individual inventors who file in their own name. */
	final List<Integer> independents = new ArrayList<>();

	final Map<Field, Sampler> applicants = new EnumMap<>(Field.class);

	final Names names;

	private final Set<String> keys = new HashSet<>();

	private final SplittableRandom random;

	/**
	 * A group of patent-holding shells: a holding parent (or none, when only a shared
	 * address ties them), the shells, their field and address.
	 */
	record NpeGroup(Org parent, List<Org> shells, Field field, String address) {
	}

	World(DemoParameters parameters) {
		this.parameters = parameters;
		this.random = new SplittableRandom(parameters.seed() * 0x9E3779B97F4A7C15L + 1);
		this.names = new Names(this.random.split());
		int patents = parameters.patents();
		buildCompanies(Math.max(100, patents / 20));
		buildCorporateTrees();
		buildAcademia(Math.max(12, patents / 250), Math.max(6, patents / 600));
		buildAgenciesAndServices(patents);
		buildStandardsBodies();
		buildNpeGroups(Math.max(3, patents / 1500));
		buildSamplers();
		hireStaff(patents);
	}

	private void buildCompanies(int count) {
		for (Field field : Field.values()) {
			List<Org> inField = new ArrayList<>();
			int n = (int) Math.round(count * Field.SHARES[field.ordinal()]);
			for (int rank = 0; rank < n; rank++) {
				String country = Places.country(this.random);
				boolean llc = country.equals("US") && this.random.nextInt(8) == 0;
				String name = this.names.stem() + " " + this.names.industryWord(field) + " "
						+ this.names.legalForm(country, llc);
				Org org = add(name, OrganizationKind.COMPANY, Places.city(country, this.random));
				org.field = field;
				org.weight = 1 / Math.pow(rank + 1, 0.85);
				if (rank < n / 4 && this.random.nextInt(3) == 0) {
					org.second = otherField(field);
				}
				inField.add(org);
			}
			this.companies.put(field, inField);
		}
	}

	// Large companies get subsidiaries named after them; some independents are acquired
	private void buildCorporateTrees() {
		String[] regions = { "Europe", "Japan", "Korea", "Mobile", "Semiconductor", "Devices", "Labs", "America" };
		for (Field field : Field.values()) {
			List<Org> inField = this.companies.get(field);
			int large = Math.max(2, inField.size() / 8);
			for (int i = 0; i < large; i++) {
				Org parent = inField.get(i);
				int subsidiaries = this.random.nextInt(10) < 6 ? 1 + this.random.nextInt(3) : 0;
				String stem = parent.name.substring(0, parent.name.indexOf(' '));
				for (int s = 0; s < subsidiaries; s++) {
					String country = Places.country(this.random);
					String name = stem + " " + regions[this.random.nextInt(regions.length)] + " "
							+ this.names.legalForm(country, false);
					if (this.keys.contains(OrganizationNames.key(name))) {
						continue;
					}
					Org sub = add(name, OrganizationKind.COMPANY, Places.city(country, this.random));
					sub.field = this.random.nextInt(4) == 0 ? otherField(field) : field;
					sub.weight = parent.weight * (0.2 + 0.3 * this.random.nextDouble());
					sub.parent = parent;
					sub.relation = "subsidiary";
					this.companies.get(sub.field).add(sub);
				}
			}
			for (int i = large; i < inField.size(); i++) {
				if (this.random.nextInt(25) == 0 && inField.get(i).parent == null) {
					Org target = inField.get(i);
					target.parent = inField.get(this.random.nextInt(large));
					target.relation = "acquired";
					target.since = LocalDate.of(2006 + this.random.nextInt(14), 1 + this.random.nextInt(12), 1);
				}
			}
		}
	}

	private void buildAcademia(int universities, int institutes) {
		for (int i = 0; i < universities; i++) {
			String country = Places.country(this.random);
			Org university = add(this.names.university(this.names.place()), OrganizationKind.UNIVERSITY,
					Places.city(country, this.random));
			university.field = Field.values()[i % Field.values().length];
			university.second = otherField(university.field);
			university.weight = 0.12;
			this.universities.add(university);
		}
		for (int i = 0; i < institutes; i++) {
			String country = Places.country(this.random);
			Field field = Field.values()[(i * 3) % Field.values().length];
			Org institute = add(this.names.researchInstitute(this.names.place(), field),
					OrganizationKind.RESEARCH_INSTITUTE, Places.city(country, this.random));
			institute.field = field;
			institute.weight = 0.1;
			this.institutes.add(institute);
		}
	}

	private void buildAgenciesAndServices(int patents) {
		for (int i = 0; i < Math.max(6, patents / 2000); i++) {
			String country = i < 3 ? "US" : Places.country(this.random);
			Org agency = add(this.names.agency(this.names.place(), i), OrganizationKind.GOVERNMENT_AGENCY,
					Places.city(country, this.random));
			agency.acronyms = List.of(Names.acronym(agency.name));
			agency.field = Field.values()[i % Field.values().length];
			this.agencies.add(agency);
		}
		for (int i = 0; i < Math.max(4, patents / 1500); i++) {
			service(this.names.stem() + " & " + this.names.stem() + " Patent Attorneys LLP", "law_firm");
		}
		for (int i = 0; i < Math.max(2, patents / 3000); i++) {
			service(this.names.stem() + " IP Agency", "agency");
		}
		for (int i = 0; i < Math.max(1, patents / 100_000); i++) {
			service(this.names.place() + " Technology Exchange", "exchange");
			service(this.names.place() + " Innovation Bank", "bank");
			Org platform = add(this.names.stem() + " Open Innovation Platform", OrganizationKind.PLATFORM,
					Places.city("US", this.random));
			this.services.add(platform);
		}
	}

	private void service(String name, String type) {
		Org org = add(name, OrganizationKind.SERVICE_INSTITUTION,
				Places.city(Places.country(this.random), this.random));
		org.serviceType = type;
		this.services.add(org);
	}

	private void buildStandardsBodies() {
		String place = this.names.place();
		for (Field field : List.of(Field.VIDEO, Field.WIRELESS, Field.EV_CHARGING, Field.BATTERIES, Field.WEARABLES)) {
			String name = place + switch (field) {
				case VIDEO -> " Video Coding Alliance";
				case WIRELESS -> " Radio Access Forum";
				case EV_CHARGING -> " Charging Interoperability Consortium";
				case BATTERIES -> " Battery Interface Group";
				default -> " Body Area Network Forum";
			};
			Org body = add(name, OrganizationKind.STANDARDS_BODY, Places.city("US", this.random));
			body.acronyms = List.of(Names.acronym(name));
			body.field = field;
			this.standardsBodies.put(field, body);
		}
	}

	// Shells hold acquired patents only: they never file and employ no inventors
	private void buildNpeGroups(int groups) {
		String[] shellWords = { "Licensing LLC", "Technologies LLC", "Innovations LLC", "Patent Assets LLC",
				"IP Ventures LLC" };
		for (int g = 0; g < groups; g++) {
			Places.City city = Places.SHELL_CITIES.get(this.random.nextInt(Places.SHELL_CITIES.size()));
			String address = this.names.address() + ", " + city.name() + ", " + city.state();
			Org parent = null;
			if (g % 3 != 2) {
				parent = add(this.names.stem() + " IP Holdings LLC", OrganizationKind.COMPANY, city);
				parent.npe = true;
				parent.address = address;
			}
			List<Org> shells = new ArrayList<>();
			int size = 2 + this.random.nextInt(3);
			for (int s = 0; s < size; s++) {
				Org shell = add(this.names.stem() + " " + shellWords[(g + s) % shellWords.length],
						OrganizationKind.COMPANY, city);
				shell.npe = true;
				shell.address = address;
				shell.parent = parent;
				shell.relation = parent != null ? "subsidiary" : null;
				shells.add(shell);
			}
			Field field = Field.values()[this.random.nextInt(Field.values().length)];
			shells.forEach(shell -> shell.field = field);
			this.npeGroups.add(new NpeGroup(parent, List.copyOf(shells), field, address));
		}
	}

	private void buildSamplers() {
		for (Field field : Field.values()) {
			Sampler sampler = new Sampler();
			for (Org org : this.orgs) {
				if (org.isApplicant() && org.works(field)) {
					sampler.add(org, org.field == field ? org.weight : org.weight * 0.35);
				}
			}
			this.applicants.put(field, sampler);
		}
	}

	// Staff in proportion to the patents an organization will file, about four per
	// inventor
	private void hireStaff(int patents) {
		double[] expected = new double[this.orgs.size()];
		for (Field field : Field.values()) {
			Sampler sampler = this.applicants.get(field);
			double fieldPatents = patents * Field.SHARES[field.ordinal()];
			for (int i = 0; i < sampler.size(); i++) {
				expected[sampler.org(i).index] += fieldPatents * sampler.share(i);
			}
		}
		for (Org org : this.orgs) {
			if (!org.isApplicant()) {
				continue;
			}
			int staff = Math.max(4, (int) Math.ceil(expected[org.index] * 2.6 / 4.0));
			for (int s = 0; s < staff; s++) {
				boolean lifetime = s < 2;
				int start = lifetime ? -3650 : this.random.nextInt(-3650, Timeline.DAYS - 1000);
				int end = lifetime ? Integer.MAX_VALUE : start + 2900 + this.random.nextInt(5500);
				int p = this.people.add(org, this.random.nextInt(100) < 6, start, end, org.city, this.random);
				if (!lifetime && org.kind == OrganizationKind.COMPANY && this.random.nextInt(10) == 0) {
					moveToPeer(p, org);
				}
			}
		}
		for (int i = 0; i < Math.max(5, patents / 200); i++) {
			Places.City home = Places.city(i % 3 == 0 ? Places.country(this.random) : "US", this.random);
			this.independents.add(this.people.add(null, false, -3650, Integer.MAX_VALUE, home, this.random));
		}
	}

	// Inventor mobility: a move to a company of another group in the same or a
	// neighbouring field
	private void moveToPeer(int p, Org from) {
		Field field = this.random.nextInt(3) == 0 ? otherField(from.field) : from.field;
		List<Org> peers = this.companies.get(field);
		Org to = peers.get(this.random.nextInt(peers.size()));
		int earliest = Math.max(this.people.start(p) + 700, 365);
		int latest = Math.min(this.people.end(p) - 700, Timeline.DAYS - 365);
		if (to.sameGroup(from) || to.npe || latest <= earliest) {
			return;
		}
		this.people.move(p, to, this.random.nextInt(earliest, latest));
	}

	Field otherField(Field field) {
		return otherField(field, this.random);
	}

	/**
	 * A complementary field mostly, else any other.
	 */
	Field otherField(Field field, SplittableRandom random) {
		for (Field[] pair : Field.COMPLEMENTS) {
			if (pair[0] == field && random.nextBoolean()) {
				return pair[1];
			}
			if (pair[1] == field && random.nextBoolean()) {
				return pair[0];
			}
		}
		Field other = Field.values()[random.nextInt(Field.values().length)];
		return other == field ? Field.values()[(field.ordinal() + 1) % Field.values().length] : other;
	}

	private Org add(String name, OrganizationKind kind, Places.City city) {
		String key = OrganizationNames.key(name);
		if (!this.keys.add(key)) {
			throw new IllegalStateException("two demo organizations share the key " + key);
		}
		Org org = new Org(this.orgs.size(), key, name, kind, city);
		if (kind == OrganizationKind.COMPANY && !name.contains("LLC")) {
			addSpelling(org, name.toUpperCase(java.util.Locale.ROOT).replace(".", "").replace(",", ""));
			if (!name.contains(",")) {
				addSpelling(org, name.replaceFirst(" (Inc\\.|Corp\\.|Ltd\\.?)$", ", $1"));
			}
		}
		this.orgs.add(org);
		return org;
	}

	// Only spellings that normalize to the same key, as real assignee variants do
	private static void addSpelling(Org org, String spelling) {
		if (!org.spellings.contains(spelling) && OrganizationNames.key(spelling).equals(org.key)) {
			org.spellings.add(spelling);
		}
	}

	/**
	 * Weighted choice of an organization.
	 */
	static final class Sampler {

		private final List<Org> orgs = new ArrayList<>();

		private double[] cumulative = new double[16];

		private double total;

		void add(Org org, double weight) {
			if (this.orgs.size() == this.cumulative.length) {
				this.cumulative = java.util.Arrays.copyOf(this.cumulative, this.cumulative.length * 2);
			}
			this.total += weight;
			this.cumulative[this.orgs.size()] = this.total;
			this.orgs.add(org);
		}

		Org pick(SplittableRandom random) {
			double r = random.nextDouble() * this.total;
			int lo = 0;
			int hi = this.orgs.size() - 1;
			while (lo < hi) {
				int mid = (lo + hi) >>> 1;
				if (this.cumulative[mid] < r) {
					lo = mid + 1;
				}
				else {
					hi = mid;
				}
			}
			return this.orgs.get(lo);
		}

		int size() {
			return this.orgs.size();
		}

		Org org(int i) {
			return this.orgs.get(i);
		}

		double share(int i) {
			return (this.cumulative[i] - (i == 0 ? 0 : this.cumulative[i - 1])) / this.total;
		}

	}

}
