package org.ipgraph.partners;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PartnerController.class)
@WithMockUser(roles = "USER")
class PartnerControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PartnerService partners;

	@Test
	void passesFiltersAndPagingToTheService() throws Exception {
		given(this.partners.recommend(any()))
			.willReturn(new PartnerRecommendations(new OrganizationRef("acme", "Acme", "company", "US", 3), "licensee",
					"rule", null, List.of(), List.of(), 0, new org.ipgraph.web.Page<>(List.of(), 1, 5, false), "abc"));
		this.mvc
			.perform(get("/api/v1/partners").param("organization", "acme")
				.param("role", "licensee")
				.param("country", "de")
				.param("kind", "university")
				.param("minPatents", "3")
				.param("excludeCompetitor", "rival one", "rival two")
				.param("page", "1")
				.param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requester.id").value("acme"));
		org.mockito.Mockito.verify(this.partners)
			.recommend(argThat(q -> q.organization().equals("acme") && q.role().equals("licensee")
					&& q.country().equals("de") && q.kind().equals("university") && q.minPatents() == 3
					&& q.excludeCompetitors().equals(List.of("rival one", "rival two")) && q.page().page() == 1
					&& q.page().size() == 5));
	}

	@Test
	void refusesBadParametersAsProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/partners")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/partners").param("organization", "acme").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/partners").param("organization", "acme").param("country", "Germany"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/partners").param("organization", "acme").param("minPatents", "0"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/partners").param("organization", "acme").param("role", "a'b"))
			.andExpect(status().isBadRequest());
		verifyNoInteractions(this.partners);
	}

	@Test
	void refusesAnInvalidDemandBody() throws Exception {
		for (String body : List.of("{}", "{\"text\": \" \"}", "{\"text\": \"x\", \"size\": 0}",
				"{\"text\": \"x\", \"country\": \"DEU\"}", "{\"text\": \"" + "x".repeat(2001) + "\"}",
				"{\"text\": \"x\", \"excludeCompetitors\": [\"\"]}", "{\"text\": \"x\", \"minPatents\": -1}")) {
			this.mvc
				.perform(post("/api/v1/partners/for-demand").with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		verifyNoInteractions(this.partners);
	}

	@Test
	void answersADemand() throws Exception {
		given(this.partners.forDemand(any())).willReturn(new DemandRecommendations(
				new DemandRecommendations.DemandInfo("demand:sha256:00", "gait sensor", "DE"), List.of(), List.of(),
				"any", null, List.of(), 0, new org.ipgraph.web.Page<>(List.of(), 0, 20, false), "abc"));
		this.mvc
			.perform(post("/api/v1/partners/for-demand").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"gait sensor\", \"region\": \"DE\", \"role\": \"research\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.demand.id").value("demand:sha256:00"));
		org.mockito.Mockito.verify(this.partners)
			.forDemand(argThat(q -> q.text().equals("gait sensor") && q.role().equals("research")
					&& q.region().equals("DE") && q.page().size() == 20));
	}

}
