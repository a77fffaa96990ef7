package org.ipgraph.partners;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkEventsTest {

	static PartnerGraph graph() {
		TinyGraph g = new TinyGraph().company("a", "b", "c");
		g.patent("US1", 2010, "a").inventor("jane doe");
		g.patent("US2", 2012, "b").inventor("jane doe").cites("US1");
		g.patent("US3", 2014, "a", "c");
		g.patent("US4", 2015, "b").cites("US1");
		return g.build();
	}

	@Test
	void dateEachKindOfLinkByItsFirstYear() {
		PartnerGraph graph = graph();
		LinkEvents events = new LinkEvents(graph);
		int a = graph.organization("a");
		int b = graph.organization("b");
		int c = graph.organization("c");
		assertThat(events.first(LinkEvents.Kind.CO_APPLICATION, a, c)).isEqualTo(2014);
		assertThat(events.first(LinkEvents.Kind.CO_APPLICATION, a, b)).isEqualTo(LinkEvents.NEVER);
		assertThat(events.first(LinkEvents.Kind.COLLABORATION, a, b)).isEqualTo(2012);
		assertThat(events.first(LinkEvents.Kind.COLLABORATION, b, a)).isEqualTo(2012);
		assertThat(events.first(LinkEvents.Kind.CITES, b, a)).isEqualTo(2012);
		assertThat(events.first(LinkEvents.Kind.CITES, a, b)).isEqualTo(LinkEvents.NEVER);
		assertThat(events.first(LinkEvents.Kind.CITED_BY, a, b)).isEqualTo(2012);
	}

	@Test
	void citationsRepeatWhileCollaborationsCountOnlyTheFirstTime() {
		PartnerGraph graph = graph();
		LinkEvents events = new LinkEvents(graph);
		int a = graph.organization("a");
		int b = graph.organization("b");
		assertThat(events.happened(LinkEvents.Kind.CITES, b, a, 2013, 2016)).isTrue();
		assertThat(events.linkedBefore(LinkEvents.Kind.CITES, b, a, 2013)).isFalse();
		assertThat(events.happened(LinkEvents.Kind.COLLABORATION, a, b, 2013, 2016)).isFalse();
		assertThat(events.linkedBefore(LinkEvents.Kind.COLLABORATION, a, b, 2013)).isTrue();
		assertThat(events.linkedIn(LinkEvents.Kind.CO_APPLICATION, 2014, 2015))
			.containsExactly(new int[] { a, graph.organization("c") });
		assertThat(events.linkedIn(LinkEvents.Kind.CITED_BY, 2015, 2016)).containsExactly(new int[] { a, b });
	}

	@Test
	void trainingEndsBeforeANewestYearWithFewLinks() {
		assertThat(new LinkEvents(linkedEveryYear().build()).trainingEnd(2015)).isEqualTo(2015);

		// one weekly file of the next year: patents, hardly any link yet
		TinyGraph thin = linkedEveryYear();
		for (int i = 0; i < 8; i++) {
			thin.patent("N" + i, 2015, "o" + i);
		}
		thin.patent("N8", 2015, "o10", "o11");
		PartnerGraph graph = thin.build();
		assertThat(graph.lastYear() + 1).isEqualTo(2016);
		assertThat(new LinkEvents(graph).trainingEnd(2016)).isEqualTo(2015);

		// a file dated years after the rest: back over the years with no link
		TinyGraph gap = linkedEveryYear();
		gap.patent("N0", 2017, "o10", "o11");
		assertThat(new LinkEvents(gap.build()).trainingEnd(2018)).isEqualTo(2015);

		// never further back than a few years, even in a graph with no links at all
		TinyGraph lonely = new TinyGraph().company("a");
		for (int year = 2000; year <= 2014; year++) {
			lonely.patent("L" + year, year, "a");
		}
		assertThat(new LinkEvents(lonely.build()).trainingEnd(2015)).isEqualTo(2015);
	}

	/**
	 * Twelve companies with eight co-applications in each year from 2010 to 2014.
	 */
	private static TinyGraph linkedEveryYear() {
		TinyGraph g = new TinyGraph();
		for (int i = 0; i < 12; i++) {
			g.company("o" + i);
		}
		int n = 0;
		for (int year = 2010; year <= 2014; year++) {
			for (int i = 0; i < 8; i++) {
				int other = (i + year) % 12 == i ? i + 1 : (i + year) % 12;
				g.patent("US" + (++n), year, "o" + i, "o" + other);
			}
		}
		return g;
	}

}
