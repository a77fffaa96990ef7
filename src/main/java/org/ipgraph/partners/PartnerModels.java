package org.ipgraph.partners;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The trained model of each link, with the fallbacks used when a graph has too few
 * labelled pairs for one: the collaboration model, and failing that a documented prior
 * (unit weights on the features the role is about), which the answer names.
 */
public final class PartnerModels implements Serializable {

	private final Map<LinkEvents.Kind, LinearModel> models;

	PartnerModels(Map<LinkEvents.Kind, LinearModel> models) {
		this.models = new EnumMap<>(LinkEvents.Kind.class);
		this.models.putAll(models);
	}

	/**
	 * Trains the links the roles use on temporal splits before {@code present}: each
	 * window starts a year earlier, labels run up to {@code present}.
	 */
	public static PartnerModels train(PartnerGraph graph, LinkEvents events, ModelTrainer trainer, List<Integer> starts,
			int present, IntFunction<Profiles> profilesAt) {
		Map<LinkEvents.Kind, LinearModel> models = new EnumMap<>(LinkEvents.Kind.class);
		for (LinkEvents.Kind kind : List.of(LinkEvents.Kind.CO_APPLICATION, LinkEvents.Kind.CITES,
				LinkEvents.Kind.CITED_BY)) {
			models.put(kind, trainer.train(graph, events, kind, starts, present, profilesAt));
		}
		return new PartnerModels(models);
	}

	/**
	 * The model a role ranks with.
	 */
	public LinearModel forRole(Role role) {
		LinearModel own = this.models.get(role.link);
		if (trained(own)) {
			return own;
		}
		LinearModel collaboration = this.models.get(LinkEvents.Kind.CO_APPLICATION);
		if (trained(collaboration)) {
			LinearModel.Training t = collaboration.training();
			return new LinearModel(collaboration.name(), collaboration.features(), collaboration.mean(),
					collaboration.scale(), collaboration.weights(), collaboration.intercept(),
					new LinearModel.Training(t.method(), t.label(), t.windows(), t.positives(), t.negatives(),
							"too few " + role.link.name().toLowerCase(java.util.Locale.ROOT)
									+ " pairs to train on; ranked by the collaboration model"));
		}
		return own != null ? own : prior(role.link);
	}

	private static boolean trained(LinearModel model) {
		return model != null && !"prior".equals(model.training().method());
	}

	LinearModel get(LinkEvents.Kind kind) {
		return this.models.get(kind);
	}

	/**
	 * The prior for a link, noting how many labelled pairs fell short of how many were
	 * needed.
	 */
	static LinearModel prior(LinkEvents.Kind kind, int positives, int negatives, List<Integer> windows, int needed) {
		LinearModel prior = prior(kind);
		return new LinearModel(prior.name(), prior.features(), prior.mean(), prior.scale(), prior.weights(),
				prior.intercept(),
				new LinearModel.Training("prior", prior.training().label(), List.copyOf(windows), positives, negatives,
						"only " + positives + " positive training pairs (" + needed + " needed: five per feature); "
								+ prior.training().note()));
	}

	/**
	 * Unit weights on the raw features a link is about, for graphs too small to train on.
	 */
	static LinearModel prior(LinkEvents.Kind kind) {
		double[] weights = new double[Feature.COUNT];
		List<Feature> about = switch (kind) {
			case CITES -> List.of(Feature.CITES_CANDIDATE, Feature.TEXT_SIMILARITY, Feature.CPC_SIMILARITY);
			case CITED_BY -> List.of(Feature.CITED_BY_CANDIDATE, Feature.TEXT_SIMILARITY, Feature.CPC_SIMILARITY);
			default -> List.of(Feature.CO_INVENTION, Feature.INVENTOR_MOBILITY, Feature.COMMON_PARTNERS,
					Feature.DECLARED_RELATION, Feature.TEXT_SIMILARITY, Feature.COMPLEMENTARITY,
					Feature.CPC_BROAD_SIMILARITY);
		};
		about.forEach(f -> weights[f.ordinal()] = 1);
		double[] zero = new double[Feature.COUNT];
		double[] one = new double[Feature.COUNT];
		java.util.Arrays.fill(one, 1);
		return new LinearModel(kind.name().toLowerCase(java.util.Locale.ROOT), Feature.keys(), zero, one, weights, 0,
				new LinearModel.Training("prior", kind.name().toLowerCase(java.util.Locale.ROOT), List.of(), 0, 0,
						"too few labelled pairs in this graph to train a model; unit weights on "
								+ about.stream().map(f -> f.key).toList()));
	}

}
