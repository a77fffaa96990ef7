package org.ipgraph.experts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ipgraph.security.AuditLog;
import org.ipgraph.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web layer over the real service and an index built by hand: only the graph reads
 * are mocked.
 */
@WebMvcTest(ExpertController.class)
@Import({ ExpertService.class, ExpertControllerTest.Settings.class })
class ExpertControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ExpertIndexHolder indexes;

	@MockitoBean
	ExpertQueries queries;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	UserService users;

	static class Settings {

		@Bean
		ExpertsProperties expertsProperties() {
			return new ExpertsProperties(Duration.ofSeconds(30), false, false, "a test secret of enough bytes");
		}

	}

	@BeforeEach
	void index() {
		ExpertCorpus corpus = ExpertCorpus.builder()
			.item("US1", ExpertCorpus.Kind.PATENT, ExpertTerms.of("Gait sensor for elderly care wearables"), 2022,
					List.of("A61B"), "beta", "person:zed quiet@beta")
			.item("US2", ExpertCorpus.Kind.PATENT, ExpertTerms.of("Gait sensor insole detecting falls"), 2023,
					List.of("A61B"), "beta", "person:ann open@beta")
			.build();
		Affiliation beta = new Affiliation("beta", "Beta LLC", "inventor", "patents", null, null);
		List<Identity> identities = List.of(
				new Identity("person:ann open@beta", List.of("person:ann open@beta"), "Ann Open", List.of("Ann Open"),
						true, false, List.of(beta), 1, 0, Map.of("A61B", 1), 2023, 2023, Map.of()),
				new Identity("person:zed quiet@beta", List.of("person:zed quiet@beta"), "Zed Quiet",
						List.of("Zed Quiet"), true, false, List.of(beta), 1, 0, Map.of("A61B", 1), 2022, 2022,
						Map.of()));
		ExpertIndex index = new ExpertIndex(new PersonResolver.Resolution(Map.of(), List.of()), corpus,
				RankerSettings.DEFAULTS, identities);
		given(this.indexes.current()).willReturn(index);
		given(this.queries.consent(any()))
			.willReturn(Map.of("person:ann open@beta", new ExpertQueries.Consent(true, "ann@beta.example"),
					"person:zed quiet@beta", new ExpertQueries.Consent(false, "zed@beta.example")));
	}

	@Test
	@WithMockUser(roles = "USER")
	void aUserNeverSeesTheNameOrContactOfAPersonWithoutConsent() throws Exception {
		this.mvc.perform(get("/api/v1/experts").param("topic", "gait sensor"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results.items.length()").value(2))
			.andExpect(jsonPath("$.results.items[?(@.anonymous == true)].profile")
				.value("inventor at Beta LLC, 1 patent in A61B"))
			.andExpect(jsonPath("$.results.items[?(@.anonymous == false)].name").value("Ann Open"))
			.andExpect(content().string(not(containsString("Zed"))))
			.andExpect(content().string(not(containsString("zed"))))
			.andExpect(content().string(not(containsString("Quiet"))))
			.andExpect(content().string(not(containsString("US1"))));
		verify(this.audit, never()).record(anyString(), anyString(), any());
		verify(this.audit, never()).recordSoon(anyString(), anyString(), any());
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void anAnalystSeesTheNameAndTheReadIsAudited() throws Exception {
		this.mvc
			.perform(post("/api/v1/experts/for-demand").with(csrf())
				.contentType(MediaType.TEXT_PLAIN)
				.content("we need a gait sensor for elderly care"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("demand"))
			.andExpect(jsonPath("$.results.items[?(@.name == 'Zed Quiet')].anonymous").value(false))
			.andExpect(content().string(not(containsString("zed@beta.example"))))
			.andExpect(jsonPath("$.results.items[0].components.weights.text").value(1.0));
		// queued (written by the log's writer), not written on the request's time
		verify(this.audit).recordSoon(any(), any(), any());
		verify(this.audit, never()).record(any(), any(), any());
	}

	@Test
	@WithMockUser(roles = "USER")
	void asksForExactlyOneOfTopicAndPatent() throws Exception {
		this.mvc.perform(get("/api/v1/experts"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/experts").param("topic", "gait").param("patent", "US1"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/experts").param("topic", "gait").param("size", "101"))
			.andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(username = "ann", roles = "USER")
	void aUserMayChangeOnlyTheirOwnConsent() throws Exception {
		given(this.users.personOf("ann")).willReturn(Optional.of("person:ann open@beta"));
		given(this.queries.setConsent(any(), any(Boolean.class), any())).willReturn(List.of("person:ann open@beta"));
		this.mvc
			.perform(put("/api/v1/experts/{id}/consent", "person:zed quiet@beta").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"consent\": true}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/experts/{id}/consent", "person:ann open@beta").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"consent\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.persons[0]").value("person:ann open@beta"));
		verify(this.audit).record(any(), any(), any());
	}

}
