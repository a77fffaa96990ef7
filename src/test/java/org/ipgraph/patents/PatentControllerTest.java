package org.ipgraph.patents;

import java.util.Optional;

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

@WebMvcTest(PatentController.class)
@WithMockUser
class PatentControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PatentService patents;

	@Test
	void anUnknownPatentIsA404ProblemDetail() throws Exception {
		given(this.patents.find("US1")).willReturn(Optional.empty());
		this.mvc.perform(get("/api/v1/patents/US1"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("Patent 'US1' not found"));
	}

	@Test
	void somethingThatIsNotANumberIsA400() throws Exception {
		given(this.patents.find("hello")).willThrow(new IllegalArgumentException("'hello' is not a patent number"));
		this.mvc.perform(get("/api/v1/patents/hello"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'hello' is not a patent number"));
	}

}
