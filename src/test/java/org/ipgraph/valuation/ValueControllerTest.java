package org.ipgraph.valuation;

import java.time.LocalDate;
import java.util.List;

import org.ipgraph.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ValueController.class)
@WithMockUser(roles = "USER")
class ValueControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ValueService values;

	@Test
	void aPatentsValueComesWithItsComponents() throws Exception {
		given(this.values.value("US1000001")).willReturn(new PatentValue("US1000001", 0.42, 80.0, -0.32, -1.0,
				List.of(new PatentValue.Component("litigation", "court cases", "1", 0.68)), "model", "fitted",
				LocalDate.of(2026, 1, 1)));
		this.mvc.perform(get("/api/v1/patents/US1000001/value"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value(0.42))
			.andExpect(jsonPath("$.components[0].signal").value("litigation"))
			.andExpect(jsonPath("$.components[0].contribution").value(0.68));
	}

	@Test
	void anUnknownPatentIsA404AndANonNumberA400() throws Exception {
		given(this.values.value("US1234567")).willThrow(new NotFoundException("Patent", "US1234567"));
		given(this.values.value("nonsense")).willThrow(new IllegalArgumentException("'nonsense' is not a number"));
		this.mvc.perform(get("/api/v1/patents/US1234567/value"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/patents/nonsense/value")).andExpect(status().isBadRequest());
	}

	@Test
	void aPortfolioListsItsAreas() throws Exception {
		given(this.values.portfolio("acme")).willReturn(new Portfolio("acme", "Acme", 3, 3, 1.2, 0.4,
				List.of(new Portfolio.Area("H04N", "Pictorial communication", 3, 1.2, 0.4,
						List.of(new Portfolio.TopPatent("US1000001", 0.6)))),
				"model"));
		this.mvc.perform(get("/api/v1/organizations/acme/portfolio"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.areas[0].cpc").value("H04N"))
			.andExpect(jsonPath("$.areas[0].top[0].number").value("US1000001"));
	}

}
