package org.ipgraph.nlp.training;

import java.nio.file.Path;

import org.ipgraph.nlp.ModelFiles;
import org.ipgraph.nlp.NlpModels;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Derives {@code nlp-models/reference/page-organizations.tsv} from the unannotated FFII
 * pages, as {@code ipgraph nlp train} does, without the rest of training ({@code ./mvnw
 * -Peval test -Dtest=PageOrganizationsEval}).
 */
class PageOrganizationsEval {

	@Test
	void deriveTheList() {
		Path data = SharedData.path("ffii-wiki-texts").getParent();
		Path models = NlpDevFiguresEval.MODELS;
		PageOrganizations list = PageOrganizations.derive(data, models, NlpModels.givenNames(ModelFiles.at(models)));
		int excluded = PageOrganizations.heldOutPages(data, models);
		list.write(PageOrganizations.path(models), excluded);
		System.out.println("PAGE ORGANIZATIONS " + list.organizations().size() + " kept; " + excluded
				+ " pages left out (annotated and their translations)");
		assertThat(list.organizations()).isNotEmpty();
	}

}
