package org.ipgraph.organizations;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(OrganizationController.class)
@WithMockUser
class OrganizationControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OrganizationService organizations;

	@Test
	void aPageSizeAboveTheMaximumIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/organizations").param("q", "acme").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void aMissingQueryIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/organizations")).andExpect(status().isBadRequest());
	}

	@Test
	void anUnexpectedFailureShowsNoStackTrace() throws Exception {
		given(this.organizations.search(any(), any())).willThrow(new IllegalStateException("secret internals"));
		this.mvc.perform(get("/api/v1/organizations").param("q", "acme"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(not(containsString("secret internals"))))
			.andExpect(content().string(not(containsString("at org.ipgraph"))));
	}

}
