package org.ipgraph.policies;

import java.util.List;

import org.ipgraph.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PolicyController.class)
@WithMockUser
class PolicyControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PolicyService policies;

	static MatchReport report() {
		Applicant applicant = new Applicant("acme", "Acme", "company", "its name", "DE", null, "address", null,
				"unknown", 3, List.of("G06F"), "CPC");
		PolicyMatch match = PolicyMatcher.match(applicant, PolicyMatcherTest.smeFund());
		return new MatchReport(applicant, List.of(match), 1, List.of());
	}

	@Test
	void anOrganizationIsMatchedWithReasons() throws Exception {
		given(this.policies.match("Acme", null)).willReturn(report());
		this.mvc.perform(get("/api/v1/policies/match").param("organization", "Acme"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matches[0].eligible").value("possibly"))
			.andExpect(jsonPath("$.matches[0].reasons[1].criterion").value("size"))
			.andExpect(jsonPath("$.matches[0].reasons[1].verdict").value("unknown"));
	}

	@Test
	void aDemandIsPostedAndBadInputIsA400() throws Exception {
		given(this.policies.match(any(DemandRequest.class))).willReturn(report());
		this.mvc
			.perform(post("/api/v1/policies/match").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"semiconductor packaging\", \"country\": \"DE\", \"size\": \"small\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.policies").value(1));
		this.mvc
			.perform(post("/api/v1/policies/match").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"size\": \"huge\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/policies/match").param("organization", " ")).andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownPolicyIsA404() throws Exception {
		given(this.policies.policy("fund:nothing")).willThrow(new NotFoundException("Policy or Fund", "fund:nothing"));
		this.mvc.perform(get("/api/v1/policies/fund:nothing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

}
