package org.ipgraph.market;

import java.util.List;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MarketController.class)
@WithMockUser
class MarketControllerTest {

	static final String DEMAND = """
			{"kind": "licence", "text": "low-power gait sensor", "cpc": ["A61B5/11"], "anonymous": true}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MarketService market;

	static MarketDemand demand() {
		return new MarketDemand("demand:market:1", "licence", "open", true, false, "anonymous", null, null,
				List.of("A61B"), null, null, null, "10k-100k USD", null, null, "2026-12", null);
	}

	@Test
	void aNewDemandIs201AndTheSameAgain200() throws Exception {
		given(this.market.publish(any(NewDemand.class))).willReturn(new Posted<>(demand(), true, List.of(), List.of()),
				new Posted<>(demand(), false, List.of(), List.of()));
		this.mvc.perform(post("/api/v1/demands").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(DEMAND))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.item.requester").value("anonymous"))
			.andExpect(jsonPath("$.created").value(true));
		this.mvc.perform(post("/api/v1/demands").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(DEMAND))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(false));
	}

	@Test
	void badInputIsA400NamingTheField() throws Exception {
		this.mvc
			.perform(post("/api/v1/demands").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"barter\", \"text\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kind")));
		this.mvc
			.perform(post("/api/v1/offers").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organization\": \"acme\", \"kind\": \"licence\", \"title\": \"t\", \"patents\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("patents")));
		this.mvc.perform(get("/api/v1/offers").param("size", "1000")).andExpect(status().isBadRequest());
	}

	@Test
	void demandsAreListedWithTheSearchParameters() throws Exception {
		given(this.market.demands(new Search("gait", "A61B", "licence", null), org.ipgraph.web.PageRequest.of(0, 20)))
			.willReturn(new org.ipgraph.web.Page<>(List.of(demand()), 0, 20, false));
		this.mvc.perform(get("/api/v1/demands").param("q", "gait").param("cpc", "A61B").param("kind", "licence"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].cpc[0]").value("A61B"))
			.andExpect(jsonPath("$.items[0].text").doesNotExist());
	}

}
