package org.ipgraph.nlp.training;

import java.nio.file.Path;

import org.ipgraph.nlp.ModelFiles;
import org.ipgraph.nlp.NlpModels;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Derives {@code nlp-models/reference/organizations.tsv} from the shared data, as
 * {@code ipgraph nlp train} does, without the rest of training ({@code ./mvnw -Peval test
 * -Dtest=KnownOrganizationsEval}).
 */
class KnownOrganizationsEval {

	@Test
	void deriveTheList() {
		Path data = SharedData.path("patentsview-gov-interest").getParent();
		Path models = NlpDevFiguresEval.MODELS;
		KnownOrganizations list = KnownOrganizations.derive(data, NlpModels.givenNames(ModelFiles.at(models)));
		list.write(KnownOrganizations.path(models));
		System.out.println("ORGANIZATIONS " + list.organizations().size() + " kept, " + list.ambiguous().size()
				+ " common words left out: " + list.ambiguous());
		assertThat(list.organizations()).isNotEmpty();
	}

}
