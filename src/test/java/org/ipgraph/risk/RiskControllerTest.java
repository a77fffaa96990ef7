package org.ipgraph.risk;

import java.util.List;
import java.util.Map;

import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RiskController.class)
@WithMockUser(roles = "LEGAL")
class RiskControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	NpeService npe;

	@MockitoBean
	ExposureService exposure;

	@MockitoBean
	PatentRiskService patents;

	@Test
	void anNpeReportExplainsItsScore() throws Exception {
		NpeScore score = new NpeScore(0.97, true, "model", "npe-1", "classifier", -4.0, List
			.of(new NpeScore.SignalValue("acquiredShare", "share acquired", 1.0, "3 of 3 patents acquired", 3.1)));
		given(this.npe.report("Acme Licensing LLC"))
			.willReturn(new NpeReport(new OwnerProfile.Ref("acme licensing", "Acme Licensing LLC"), List.of(), score,
					List.of(), Map.of("cases", 0), List.of()));
		this.mvc.perform(get("/api/v1/risk/npe").param("organization", "Acme Licensing LLC"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score.probability").value(0.97))
			.andExpect(jsonPath("$.score.signals[0].contribution").value(3.1));
	}

	@Test
	void anUnknownOrganizationIsA404AndABlankOneA400() throws Exception {
		given(this.npe.report("Nobody")).willThrow(new NotFoundException("Organization", "Nobody"));
		this.mvc.perform(get("/api/v1/risk/npe").param("organization", "Nobody"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/risk/npe").param("organization", " ")).andExpect(status().isBadRequest());
	}

	@Test
	void exposureTakesAPortfolioProductsAndPaging() throws Exception {
		given(this.exposure.exposure(any(), any())).willReturn(new ExposureReport(null, 2, List.of("a scooter"), null,
				0.5, false, List.of(), 0, 0, Page.of(List.of(), PageRequest.of(1, 5)), "m"));
		this.mvc
			.perform(get("/api/v1/risk/exposure").param("patents", "US1000001,US1000002")
				.param("product", "a scooter")
				.param("page", "1")
				.param("size", "5")
				.param("asOf", "2024-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.patents.page").value(1));
		then(this.exposure).should()
			.exposure(eq(new ExposureService.Request(null, List.of("US1000001", "US1000002"), List.of("a scooter"),
					null, java.time.LocalDate.of(2024, 1, 1))), eq(PageRequest.of(1, 5)));
		this.mvc.perform(get("/api/v1/risk/exposure").param("organization", "globex").param("includeExpired", "true"))
			.andExpect(status().isOk());
		then(this.exposure).should()
			.exposure(eq(new ExposureService.Request("globex", null, null, null, null, true)),
					eq(PageRequest.of(0, 20)));
	}

	@Test
	void exposureRefusesAnOversizedPageAndAScoreOutsideZeroToOne() throws Exception {
		this.mvc.perform(get("/api/v1/risk/exposure").param("organization", "x").param("size", "1000"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/risk/exposure").param("organization", "x").param("minNpeScore", "2"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aBadPatentNumberIsA400() throws Exception {
		given(this.patents.patent(eq("nonsense"), any()))
			.willThrow(new IllegalArgumentException("'nonsense' is not a patent number"));
		this.mvc.perform(get("/api/v1/risk/patent/nonsense")).andExpect(status().isBadRequest());
	}

}
