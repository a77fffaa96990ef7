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

}
