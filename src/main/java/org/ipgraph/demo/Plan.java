package org.ipgraph.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.ipgraph.graph.PatentNumber;

/**
 * The planted structure: pools, NPE portfolios and their cases, partner affinities. It
 * fixes the patents these need before the stream runs and gives each a stream position
 * near its planned filing day.
 */
final class Plan {

	/**
	 * Demo patent numbers start here: eight digits no US grant has reached, so no clash
	 * with real data.
	 */
	static final int FIRST_NUMBER = 40_000_000;

	final World world;

	final DemoParameters parameters;

	final Timeline timeline;

	final Technologies technologies;

	final SplittableRandom random;

	final List<PlannedPatent> patents = new ArrayList<>();

	final Pools pools;

	final Litigation litigation;

	final Partners partners;

	private PlannedPatent[] byIndex;

	Plan(World world, Technologies technologies) {
		this.world = world;
		this.parameters = world.parameters;
		this.timeline = new Timeline(this.parameters.patents());
		this.technologies = technologies;
		this.random = new SplittableRandom(this.parameters.seed() * 0xBF58476D1CE4E5B9L + 7);
		this.partners = new Partners(this);
		this.pools = new Pools(this);
		this.litigation = new Litigation(this);
		schedule();
	}

	static String number(int index) {
		return "US" + (FIRST_NUMBER + index);
	}

	static PatentNumber patentNumber(int index) {
		return new PatentNumber("US", Integer.toString(FIRST_NUMBER + index), null);
	}

	PlannedPatent plan(int day, Field field, List<Org> owners, List<String> cpc, List<String> phrases) {
		int clamped = Math.max(0, Math.min(Timeline.DAYS, day));
		PlannedPatent patent = new PlannedPatent(this.patents.size(), clamped, field, owners, cpc, phrases);
		this.patents.add(patent);
		return patent;
	}

	/**
	 * A topic of the field at random, for planned patents without a prescribed one.
	 */
	Field.Topic topic(Field field) {
		return field.topics.get(this.random.nextInt(field.topics.size()));
	}

	PlannedPatent at(int index) {
		return this.byIndex[index];
	}

	int randomDay(int from, int to) {
		return from >= to ? from : this.random.nextInt(from, to);
	}

	// Each planned patent takes the first free position on or after its day; the earliest
	// planned days are placed first so that order in time is kept
	private void schedule() {
		int size = this.parameters.patents();
		if (this.patents.size() > size * 0.45) {
			throw new IllegalStateException("planted structure needs " + this.patents.size() + " patents, too many for "
					+ size + "; generate more patents");
		}
		this.byIndex = new PlannedPatent[size];
		List<PlannedPatent> ordered = new ArrayList<>(this.patents);
		ordered.sort(Comparator.comparingInt((PlannedPatent p) -> p.day).thenComparingInt(p -> p.id));
		for (PlannedPatent patent : ordered) {
			int index = this.timeline.index(patent.day);
			while (index < size && this.byIndex[index] != null) {
				index++;
			}
			while (index >= size || this.byIndex[index] != null) {
				index--;
			}
			patent.index = index;
			this.byIndex[index] = patent;
		}
	}

}
