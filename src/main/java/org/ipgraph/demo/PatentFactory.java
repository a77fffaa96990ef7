package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.PersonName;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;

/**
 * Makes the patent at each stream position: a planned one as the plan says, any other
 * from its field's owners, with inventors employed by the owners at the filing date,
 * classifications, text, and citations to older patents, most of them in the same field.
 * Each position has its own random stream, so a patent does not depend on how many random
 * numbers its predecessors drew.
 */
final class PatentFactory {

	private final Plan plan;

	private final World world;

	private final Funding funding;

	private final Technologies technologies;

	private final long seed;

	private final double noise;

	private final Timeline timeline;

	private final Inventions inventions;

	/** Stream positions of the patents generated so far, per field. */
	private final int[][] byField = new int[Field.values().length][];

	private final int[] fieldCount = new int[Field.values().length];

	/** Patent number to the award that funded it. */
	final Map<String, Funding.Award> funded = new java.util.LinkedHashMap<>();

	private final Map<Integer, Texts.Text> plannedTexts = new HashMap<>();

	// A person's party under the full name is the same on every patent: made once
	private Party[] parties = new Party[1024];

	private int firstOfDay;

	PatentFactory(Plan plan, Funding funding, Inventions inventions) {
		this.plan = plan;
		this.world = plan.world;
		this.funding = funding;
		this.technologies = plan.technologies;
		this.seed = plan.parameters.seed();
		this.noise = plan.parameters.noise();
		this.timeline = plan.timeline;
		this.inventions = inventions;
		for (int f = 0; f < this.byField.length; f++) {
			this.byField[f] = new int[1024];
		}
	}

	DemoPatent make(int index) {
		SplittableRandom random = new SplittableRandom(this.seed * 0x632BE59BD9B4E019L + index * 0x9E3779B97F4A7C15L);
		int day = this.timeline.day(index);
		if (index == 0 || this.timeline.day(index - 1) < day) {
			this.firstOfDay = index;
		}
		PlannedPatent planned = this.plan.at(index);
		Field field;
		List<Org> owners;
		List<String> cpc;
		Texts.Text text;
		if (planned != null) {
			field = planned.field;
			owners = planned.owners;
			cpc = planned.cpc;
			text = plannedText(planned);
		}
		else {
			field = field(random);
			owners = owners(field, random);
			Field.Topic topic = field.topics.get(random.nextInt(field.topics.size()));
			cpc = classifications(field, topic, random);
			text = Texts.write(field, topic.phrases(), random);
		}
		String number = Plan.number(index);
		PatentRecord.Builder record = PatentRecord.builder(new PatentNumber("US",
				Integer.toString(Plan.FIRST_NUMBER + index), random.nextInt(5) == 0 ? "B1" : "B2"));
		LocalDate filed = Timeline.date(day);
		LocalDate granted = filed.plusDays(500 + random.nextInt(900));
		boolean ownPriority = planned != null && planned.ownPriority;
		record.title(text.title())
			.abstractText(text.abstractText())
			.claims(text.claims())
			.filingDate(filed)
			.priorityDate(ownPriority || random.nextInt(100) >= 35 ? filed : filed.minusDays(30 + random.nextInt(330)))
			.grantDate(granted)
			.publicationDate(granted)
			.type("utility")
			.applicationNumber(applicationNumber(filed, index))
			.familyId("DEMO-F"
					+ (Plan.FIRST_NUMBER + (planned != null && planned.twinOf != null ? planned.twinOf.index : index)));
		Map<String, LocalDate> ownedUntil = new HashMap<>();
		Party individual = null;
		int[] inventors;
		if (owners.isEmpty()) {
			int person = this.world.independents.get(random.nextInt(this.world.independents.size()));
			individual = party(person, 0);
			record.owner(individual);
			inventors = new int[] { person };
		}
		else {
			for (Org owner : owners) {
				record.owner(Party.organization(spelling(owner, random)));
			}
			inventors = inventors(owners, planned, day, random);
			if (planned != null && planned.acquiredBy != null) {
				ownedUntil.put(owners.get(0).key, planned.acquiredOn);
			}
		}
		int[] forms = new int[inventors.length];
		for (int i = 0; i < inventors.length; i++) {
			forms[i] = this.world.people.variant(inventors[i], random);
			record.inventor(party(inventors[i], forms[i]));
		}
		cpc.forEach(symbol -> record.cpc(this.technologies.symbol(symbol)));
		cite(record, index, field, planned, random);
		if (!owners.isEmpty()) {
			Funding.Award award = this.funding.award(owners.get(0), field, day, random);
			if (award != null) {
				record.governmentInterest(Funding.governmentInterest(this.funding.fund(award.fundId()), award));
				this.funded.put(number, award);
			}
		}
		this.inventions.add(index, inventors, forms, owners.isEmpty() ? -1 : owners.get(0).index);
		add(field, index);
		return new DemoPatent(record.build(), ownedUntil);
	}

	private Field field(SplittableRandom random) {
		double r = random.nextDouble();
		for (Field field : Field.values()) {
			r -= Field.SHARES[field.ordinal()];
			if (r < 0) {
				return field;
			}
		}
		return Field.EV_CHARGING;
	}

	// One owner mostly; individuals now and then; a random co-owner more often with
	// noise,
	// never one of a planted partner pair
	private List<Org> owners(Field field, SplittableRandom random) {
		if (random.nextInt(100) == 0) {
			return List.of();
		}
		Org owner = this.world.applicants.get(field).pick(random);
		if (random.nextDouble() < 0.02 + 0.06 * this.noise) {
			Org other = random.nextInt(5) < 3
					? this.world.universities.get(random.nextInt(this.world.universities.size()))
					: this.world.applicants.get(this.world.otherField(field, random)).pick(random);
			if (!other.sameGroup(owner) && !this.plan.partners.reserved.contains(Partners.pairKey(owner, other))) {
				return List.of(owner, other);
			}
		}
		return List.of(owner);
	}

	private static List<String> classifications(Field field, Field.Topic topic, SplittableRandom random) {
		List<String> cpc = new ArrayList<>(3);
		cpc.add(topic.symbol());
		if (random.nextInt(10) < 4) {
			String extra = field.topics.get(random.nextInt(field.topics.size())).symbol();
			if (!cpc.contains(extra)) {
				cpc.add(extra);
			}
		}
		if (random.nextInt(10) == 0) {
			Field other = Field.values()[random.nextInt(Field.values().length)];
			String extra = other.topics.get(random.nextInt(other.topics.size())).symbol();
			if (!cpc.contains(extra)) {
				cpc.add(extra);
			}
		}
		return cpc;
	}

	private Texts.Text plannedText(PlannedPatent planned) {
		Texts.Text text = this.plannedTexts.get(planned.id);
		if (text != null) {
			return text;
		}
		SplittableRandom random = new SplittableRandom(this.seed * 0x94D049BB133111EBL + planned.id);
		text = planned.twinOf != null ? Texts.twin(plannedText(planned.twinOf), planned.field, random)
				: Texts.write(planned.field, planned.phrases, random);
		if (planned.twinOf == null) {
			this.plannedTexts.put(planned.id, text);
		}
		return text;
	}

	// Staff of the first owner, at least one of each co-owner and any planned
	// co-inventor, and
	// with noise a random inventor from elsewhere
	private int[] inventors(List<Org> owners, PlannedPatent planned, int day, SplittableRandom random) {
		int count = 1 + Math.min(7, (int) (-Math.log(1 - random.nextDouble()) * 1.7));
		int[] chosen = new int[count + 3];
		int n = 0;
		for (int i = 0; i < count; i++) {
			n = addDistinct(chosen, n, this.world.people.pick(owners.get(0), day, random));
		}
		for (int o = 1; o < owners.size(); o++) {
			n = addDistinct(chosen, n, this.world.people.pick(owners.get(o), day, random));
		}
		if (planned != null && planned.coInventorFrom != null) {
			n = addDistinct(chosen, n, this.world.people.pick(planned.coInventorFrom, day, random));
		}
		if (planned == null && random.nextDouble() < 0.05 * this.noise) {
			Org elsewhere = this.world.applicants.get(field(random)).pick(random);
			if (!this.plan.partners.reserved.contains(Partners.pairKey(owners.get(0), elsewhere))) {
				n = addDistinct(chosen, n, this.world.people.pick(elsewhere, day, random));
			}
		}
		return Arrays.copyOf(chosen, n);
	}

	private static int addDistinct(int[] chosen, int n, int person) {
		if (person < 0) {
			return n;
		}
		for (int i = 0; i < n; i++) {
			if (chosen[i] == person) {
				return n;
			}
		}
		chosen[n] = person;
		return n + 1;
	}

	// Planned citations first, then older patents of the field (recent ones likelier),
	// and with
	// noise some of any field. Only patents filed on an earlier day can be cited.
	private void cite(PatentRecord.Builder record, int index, Field field, PlannedPatent planned,
			SplittableRandom random) {
		List<Integer> cited = new ArrayList<>(12);
		if (planned != null) {
			for (PlannedPatent older : planned.cites) {
				if (older.index < this.firstOfDay && !cited.contains(older.index)) {
					cited.add(older.index);
				}
			}
		}
		int own = (int) Math.round(random.nextDouble() * 8);
		int extra = (int) Math.round(random.nextDouble() * 6 * this.noise);
		for (int i = 0; i < own + extra; i++) {
			Field from = i < own && random.nextInt(10) < 8 ? field
					: Field.values()[random.nextInt(Field.values().length)];
			int candidate = older(from, random);
			if (candidate >= 0 && !cited.contains(candidate)) {
				cited.add(candidate);
			}
		}
		for (int older : cited) {
			record.cites(Plan.patentNumber(older), random.nextInt(10) < 4 ? "cited by examiner" : "cited by applicant");
		}
	}

	private int older(Field field, SplittableRandom random) {
		int[] indexes = this.byField[field.ordinal()];
		int size = this.fieldCount[field.ordinal()];
		int limit = size;
		while (limit > 0 && indexes[limit - 1] >= this.firstOfDay) {
			limit--;
		}
		if (limit == 0) {
			return -1;
		}
		double u = random.nextDouble();
		return indexes[limit - 1 - (int) (limit * u * u)];
	}

	private void add(Field field, int index) {
		int f = field.ordinal();
		if (this.fieldCount[f] == this.byField[f].length) {
			this.byField[f] = Arrays.copyOf(this.byField[f], this.fieldCount[f] * 2);
		}
		this.byField[f][this.fieldCount[f]++] = index;
	}

	private Party party(int person, int variant) {
		if (variant == 0 && person < this.parties.length && this.parties[person] != null) {
			return this.parties[person];
		}
		PersonName name = this.world.people.name(person, variant);
		Places.City home = this.world.people.home(person);
		Party party = Party.person(name).at(home.name(), home.state(), home.country());
		if (variant == 0) {
			if (person >= this.parties.length) {
				this.parties = Arrays.copyOf(this.parties, Math.max(person + 1, this.parties.length * 2));
			}
			this.parties[person] = party;
		}
		return party;
	}

	private static String spelling(Org owner, SplittableRandom random) {
		if (owner.spellings.size() == 1 || random.nextInt(10) < 8) {
			return owner.name;
		}
		return owner.spellings.get(1 + random.nextInt(owner.spellings.size() - 1));
	}

	private static String applicationNumber(LocalDate filed, int index) {
		int year = filed.getYear();
		int series = year < 2001 ? 9 : year < 2005 ? 10 : year < 2008 ? 11
				: year < 2011 ? 12 : year < 2014 ? 13 : year < 2016 ? 14 : year < 2018 ? 15 : year < 2020 ? 16 : 17;
		int serial = (int) ((index * 7919L + 104_729) % 1_000_000);
		return String.format(java.util.Locale.ROOT, "%02d/%03d,%03d", series, serial / 1000, serial % 1000);
	}

}
