package org.ipgraph.providers;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProviderController.class)
@WithMockUser
class ProviderControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProviderService providers;

	@Test
	void providersAreRankedWithComponentsAndEvidence() throws Exception {
		ProviderNode roe = ProviderRankerTest.firm("roe", "law_firm",
				ProviderRankerTest.defense("txed:1", "H04N", LocalDate.of(2022, 1, 1), "txed", null));
		ProviderRanker.Ranking ranking = ProviderRanker.rank(List.of(roe),
				ProviderRankerTest.query(Need.LITIGATION_DEFENSE, "H04N", "txed"), 3);
		given(this.providers.rank("litigation-defense", "H04N", "txed", null))
			.willReturn(new ProviderReport("litigation-defense", "H04N", "txed", ProviderRankerTest.TODAY, 1,
					ranking.providers(), ProviderRanker.WEIGHTS, List.of()));
		this.mvc
			.perform(get("/api/v1/providers").param("need", "litigation-defense")
				.param("cpc", "H04N")
				.param("region", "txed"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.providers[0].id").value("roe"))
			.andExpect(jsonPath("$.providers[0].components.area").value(1.0))
			.andExpect(jsonPath("$.providers[0].evidence[0].id").value("txed:1"))
			.andExpect(jsonPath("$.weights.side").value(0.25));
	}

	@Test
	void badInputIsA400() throws Exception {
		given(this.providers.rank("divorce", null, null, null))
			.willThrow(new IllegalArgumentException("need must be one of litigation-defense, ..."));
		this.mvc.perform(get("/api/v1/providers").param("need", "divorce")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/providers")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/providers").param("need", "licensing").param("limit", "0"))
			.andExpect(status().isBadRequest());
	}

}
