package org.ipgraph.partners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelTrainerTest {

	/**
	 * 300 companies in one field. Pairs (3k, 3k+1) share an inventor from 2008 and
	 * co-apply in a year from 2012 on; pairs (3k+1, 3k+2) never do anything together.
	 */
	static PartnerGraph graph() {
		TinyGraph g = new TinyGraph();
		for (int i = 0; i < 300; i++) {
			g.company("org" + i);
		}
		for (int i = 0; i < 300; i++) {
			g.patent("US-" + i, 2005, "org" + i).code("H04N19/70").inventor("staff " + i).text("video coding");
		}
		for (int k = 0; k < 100; k++) {
			String a = "org" + 3 * k;
			String b = "org" + (3 * k + 1);
			g.patent("US-shared-" + k, 2008, a).code("H04N19/70").inventor("shared " + k, "staff " + 3 * k);
			g.patent("US-there-" + k, 2008, b).code("H04N19/70").inventor("shared " + k);
			g.patent("US-joint-" + k, 2012 + k % 3, a, b).code("H04N19/70");
		}
		return g.build();
	}

	@Test
	void learnsThatSharedInventorsPrecedeCoApplication() {
		PartnerGraph graph = graph();
		Map<Integer, Profiles> cache = new HashMap<>();
		LinearModel model = new ModelTrainer(ModelTrainer.Options.defaults()).train(graph, new LinkEvents(graph),
				LinkEvents.Kind.CO_APPLICATION, List.of(2012, 2011, 2010), 2015,
				y -> cache.computeIfAbsent(y, year -> Profiles.asOf(graph, year)));
		assertThat(model).isNotNull();
		assertThat(model.training().method()).isEqualTo("smile-logistic-regression");
		assertThat(model.training().positives()).isEqualTo(600);
		assertThat(model.training().negatives()).isEqualTo(600 * 20);
		double coInvention = model.weights()[Feature.CO_INVENTION.ordinal()];
		for (int i = 0; i < Feature.COUNT; i++) {
			assertThat(Math.abs(model.weights()[i])).isLessThanOrEqualTo(coInvention);
		}
		Profiles now = Profiles.asOf(graph, 2012);
		PairFeatures features = new PairFeatures(now, graph.organization("org0"));
		assertThat(model.logit(features.of(graph.organization("org1"))))
			.isGreaterThan(model.logit(features.of(graph.organization("org2"))));
	}

	@Test
	void trainsTheSameModelTwice() {
		PartnerGraph graph = graph();
		LinearModel first = new ModelTrainer(ModelTrainer.Options.defaults()).train(graph, new LinkEvents(graph),
				LinkEvents.Kind.CO_APPLICATION, List.of(2012), 2015, y -> Profiles.asOf(graph, y));
		LinearModel second = new ModelTrainer(ModelTrainer.Options.defaults()).train(graph, new LinkEvents(graph),
				LinkEvents.Kind.CO_APPLICATION, List.of(2012), 2015, y -> Profiles.asOf(graph, y));
		assertThat(second.weights()).containsExactly(first.weights());
		assertThat(second.intercept()).isEqualTo(first.intercept());
	}

	@Test
	void declinesToTrainOnTooFewPairs() {
		PartnerGraph graph = graph();
		LinearModel prior = new ModelTrainer(ModelTrainer.Options.defaults()).train(graph, new LinkEvents(graph),
				LinkEvents.Kind.CO_APPLICATION, List.of(2014), 2015, y -> Profiles.asOf(graph, y));
		assertThat(prior.training().method()).isEqualTo("prior");
		assertThat(prior.training().positives()).isEqualTo(66);
		assertThat(prior.training().note())
			.startsWith("only 66 positive training pairs (" + 5 * Feature.COUNT + " needed");
		PartnerModels models = new PartnerModels(Map.of());
		assertThat(models.forRole(Role.ANY).training().method()).isEqualTo("prior");
	}

	@Test
	void trainsOnASampleOfAtMostTheConfiguredPairs() {
		PartnerGraph graph = graph();
		ModelTrainer.Options capped = new ModelTrainer.Options(20, 1.0, 5, 42, 150);
		LinearModel model = new ModelTrainer(capped).train(graph, new LinkEvents(graph), LinkEvents.Kind.CO_APPLICATION,
				List.of(2012, 2011), 2015, y -> Profiles.asOf(graph, y));
		// 100 linked pairs a window, both directions: the cap leaves all; 150 of 300
		// would not
		assertThat(model.training().positives()).isEqualTo(400);
		LinearModel fewer = new ModelTrainer(new ModelTrainer.Options(20, 1.0, 5, 42, 60)).train(graph,
				new LinkEvents(graph), LinkEvents.Kind.CO_APPLICATION, List.of(2012, 2011), 2015,
				y -> Profiles.asOf(graph, y));
		assertThat(fewer.training().positives()).isEqualTo(2 * 2 * 60);
		List<int[]> pairs = new java.util.ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			pairs.add(new int[] { i, i + 1 });
		}
		List<int[]> sample = ModelTrainer.sample(pairs, 100, 7);
		assertThat(sample).hasSize(100).isSortedAccordingTo(java.util.Comparator.comparingInt(p -> p[0]));
		assertThat(sample).extracting(p -> p[0]).doesNotHaveDuplicates();
		assertThat(ModelTrainer.sample(pairs, 100, 7)).isEqualTo(sample);
		assertThat(ModelTrainer.sample(pairs, 0, 7)).isSameAs(pairs);
		assertThat(ModelTrainer.sample(pairs, 1000, 7)).isSameAs(pairs);
	}

}
