package org.ipgraph.nlp.evidence;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(EvidenceController.class)
class NlpEvidenceControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EvidenceService evidence;

	@Test
	void showsTheSentencesBehindANode() throws Exception {
		EvidenceReport.EntityRef onr = new EvidenceReport.EntityRef("Organization", "office of naval research",
				"Office of Naval Research");
		EvidenceReport.EvidenceSentence sentence = new EvidenceReport.EvidenceSentence("sha256:ab", "gi.txt",
				"/d/gi.txt", "This work was supported by ONR.", 0L, 31L, 27L, 30L, "ONR", "gazetteer", "ipgraph-ner@x",
				0.9);
		given(this.evidence.forEntity("ONR", 50))
			.willReturn(new EvidenceReport(onr, null, null, null, List.of(sentence), List.of()));
		this.mvc.perform(get("/api/v1/evidence").param("entity", "ONR"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entity.key").value("office of naval research"))
			.andExpect(jsonPath("$.mentions[0].sentence").value("This work was supported by ONR."))
			.andExpect(jsonPath("$.mentions[0].start").value(27));
	}

	@Test
	void showsTheSentencesBehindARelationship() throws Exception {
		EvidenceReport.EntityRef patent = new EvidenceReport.EntityRef("Patent", "US7000001", "US7000001");
		EvidenceReport.EntityRef fund = new EvidenceReport.EntityRef("Fund", "fund:department of energy",
				"Department of Energy funding");
		given(this.evidence.forRelationship("US7000001", "FUNDED_BY", "fund:department of energy", 50))
			.willReturn(new EvidenceReport(patent, "FUNDED_BY", fund, Map.of("grantNumbers", List.of("DE-FG02")),
					List.of(), List.of()));
		this.mvc
			.perform(get("/api/v1/evidence").param("from", "US7000001")
				.param("type", "FUNDED_BY")
				.param("to", "fund:department of energy"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FUNDED_BY"))
			.andExpect(jsonPath("$.relationship.grantNumbers[0]").value("DE-FG02"));
	}

	@Test
	void aRequestWithoutAnEntityIsAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/evidence").param("from", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Bad request"))
			.andExpect(jsonPath("$.detail")
				.value("Give entity=..., or from=..., type=... and to=... for a relationship."));
	}

	@Test
	void anUnknownEntityIsNotFound() throws Exception {
		given(this.evidence.forEntity("Nobody", 50))
			.willThrow(new EvidenceNotFoundException("No node matches 'Nobody'."));
		this.mvc.perform(get("/api/v1/evidence").param("entity", "Nobody"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("No node matches 'Nobody'."));
	}

}
