package org.ipgraph.pools;

import java.util.List;
import java.util.Optional;

import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PoolController.class)
@WithMockUser(username = "ana")
class PoolControllerTest {

	static final PoolResults EMPTY = new PoolResults("cpc H04N19",
			new PoolResults.Scope(0, 0, 0, 0, 0, "leiden", false, 0, List.of()), List.of(), 0, 20, 0, false);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PoolService pools;

	@MockitoBean
	PoolJobs jobs;

	@Test
	void aCpcGroupIsPassedOnWithTheDefaults() throws Exception {
		given(this.pools.find(any(), any())).willReturn(EMPTY);
		this.mvc.perform(get("/api/v1/pools").param("cpc", "H04N19"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("cpc H04N19"));
		then(this.pools).should().find(PoolQuery.cpc("H04N19", 3), PageRequest.of(0, 20));
		this.mvc.perform(get("/api/v1/pools").param("cpc", "H04N19").param("includeExpired", "true"))
			.andExpect(status().isOk());
		then(this.pools).should().find(PoolQuery.cpc("H04N19", 3).includingExpired(true), PageRequest.of(0, 20));
	}

	@Test
	void exactlyOneOfCpcStandardOrTopicIsNeeded() throws Exception {
		this.mvc.perform(get("/api/v1/pools"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("give exactly one of cpc, standard or topic"));
		this.mvc.perform(get("/api/v1/pools").param("cpc", "H04N19").param("topic", "video"))
			.andExpect(status().isBadRequest());
		then(this.pools).should(never()).find(any(), any());
	}

	@Test
	void fewerThanThreeOwnersOrOversizedPagesAreRefused() throws Exception {
		this.mvc.perform(get("/api/v1/pools").param("cpc", "H04N19").param("minOwners", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/pools").param("cpc", "H04N19").param("size", "101"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void seedPatentsComeInTheBody() throws Exception {
		given(this.pools.find(any(), any())).willReturn(EMPTY);
		this.mvc
			.perform(post("/api/v1/pools/from-patents").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"patents\": [\"US 7,654,321 B2\", \"EP1234567\"], \"minOwners\": 4}"))
			.andExpect(status().isOk());
		then(this.pools).should()
			.find(PoolQuery.patents(List.of("US 7,654,321 B2", "EP1234567"), 4), PageRequest.of(0, 20));
		this.mvc
			.perform(post("/api/v1/pools/from-patents").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"patents\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void aJobIsQueuedWithItsScopeAndPolledByItsOwner() throws Exception {
		PoolJobs.PoolJob queued = PoolJobs.PoolJob.queued("job-1", "ana", "cpc H04N19", 20_000);
		given(this.jobs.submit(PoolQuery.cpc("H04N19", 3), 20_000, "ana", false)).willReturn(queued);
		this.mvc.perform(post("/api/v1/pools/jobs").with(csrf()).param("cpc", "H04N19").param("scope", "20000"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/v1/pools/jobs/job-1"))
			.andExpect(jsonPath("$.state").value("QUEUED"))
			.andExpect(jsonPath("$.scope").value(20_000));
		PoolCandidate a = new PoolCandidate("pool-a", null, java.util.Map.of(), 0.5, java.util.Map.of(), List.of(),
				List.of(), 0, List.of(), List.of(), List.of(), "a");
		PoolCandidate b = new PoolCandidate("pool-b", null, java.util.Map.of(), 0.4, java.util.Map.of(), List.of(),
				List.of(), 0, List.of(), List.of(), List.of(), "b");
		PoolResults all = new PoolResults("cpc H04N19", EMPTY.scope(), List.of(a, b), 0, 2, 2, false);
		given(this.jobs.get("job-1", "ana"))
			.willReturn(Optional.of(queued.running(PoolProgress.Phase.SCOPE).done(all)));
		this.mvc.perform(get("/api/v1/pools/jobs/job-1").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.step").value(4))
			.andExpect(jsonPath("$.results.items.length()").value(1))
			.andExpect(jsonPath("$.results.items[0].id").value("pool-a"))
			.andExpect(jsonPath("$.results.total").value(2))
			.andExpect(jsonPath("$.results.hasMore").value(true));
		given(this.jobs.get("job-2", "ana")).willReturn(Optional.empty());
		this.mvc.perform(get("/api/v1/pools/jobs/job-2")).andExpect(status().isNotFound());
	}

	@Test
	void aJobNeedsExactlyOneQuery() throws Exception {
		this.mvc.perform(post("/api/v1/pools/jobs").with(csrf())).andExpect(status().isBadRequest());
		then(this.jobs).should(never()).submit(any(), any(), any(), org.mockito.ArgumentMatchers.anyBoolean());
	}

}
