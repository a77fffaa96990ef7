package org.ipgraph.ingest.orgs;

import java.io.IOException;
import java.nio.file.Path;

import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.ingest.csv.CollectingSink;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SsoOrganizationsFormatTest {

	private static final String LIST = "sso-organizations/organization_categories.csv";

	private final SsoOrganizationsFormat format = new SsoOrganizationsFormat();

	@Test
	void acceptsTheListButNotTheReleaseDates() throws IOException {
		assertThat(accepts(LIST)).isTrue();
		assertThat(accepts("sso-organizations/3GPP_standards_release_dates.csv")).isFalse();
	}

	@Test
	void readsEveryOrganizationButTheRowsWithoutAUsableName() throws IOException {
		CollectingSink sink = CollectingSink.read(this.format, SharedData.path(LIST));
		// the list itself holds "Technische Universit\uFFFDt Dresden": the umlaut was
		// lost upstream
		assertThat(sink.rejections).containsExactly(
				"line 373: invalid UTF-8 or a lost character (U+FFFD) in column 'name'",
				"line 1024: missing value in column 'name'");
		assertThat(sink.all(CuratedOrganization.class)).hasSize(1030);
	}

	@Test
	void readsKindSectorCountryParentAndMembership() throws IOException {
		CollectingSink sink = CollectingSink.read(this.format, SharedData.path(LIST));
		CuratedOrganization qualcomm = sink.at("line 13", CuratedOrganization.class);
		assertThat(qualcomm.kind()).isEqualTo(OrganizationKind.COMPANY);
		assertThat(qualcomm.sector()).isEqualTo("Chipmaker");
		assertThat(qualcomm.country()).isEqualTo("AT");
		assertThat(qualcomm.parents()).containsExactly(
				new CuratedOrganization.Parent("Qualcomm Incorporated", "Qualcomm Incorporated", "subsidiary"));
		assertThat(qualcomm.memberOf()).isEqualTo("European Telecommunications Standards Institute");
		assertThat(qualcomm.memberCode()).isEqualTo("ETSI");
		CuratedOrganization cmcc = sink.at("line 93", CuratedOrganization.class);
		assertThat(cmcc.name()).isEqualTo("China Mobile Communications Corporation");
		assertThat(cmcc.acronym()).isEqualTo("CMCC");
		assertThat(sink.at("line 212", CuratedOrganization.class).parents()).extracting(p -> p.raw())
			.containsExactly("Alibaba", "Zhejiang University");
		assertThat(sink.at("line 275", CuratedOrganization.class).kind()).isEqualTo(OrganizationKind.STANDARDS_BODY);
		assertThat(sink.at("line 938", CuratedOrganization.class).kind()).isEqualTo(OrganizationKind.GOVERNMENT_AGENCY);
		assertThat(sink.at("line 851", CuratedOrganization.class).parents())
			.containsExactly(new CuratedOrganization.Parent("Cisco", "Cisco", "alias"));
		assertThat(sink.at("line 826", CuratedOrganization.class).kind()).isNull();
		assertThat(sink.all(CuratedOrganization.class)).filteredOn(o -> o.raw().equals("NTT DOCOMO INC."))
			.first()
			.satisfies(docomo -> assertThat(docomo.parents())
				.containsExactly(new CuratedOrganization.Parent("Nippon Telegraph and Telephone Corporation (NTT)",
						"Nippon Telegraph and Telephone Corporation", "subsidiary")));
	}

	private boolean accepts(String relative) throws IOException {
		Path file = SharedData.path(relative);
		return this.format.accepts(file, CollectingSink.head(file));
	}

}
