package org.ipgraph.db;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Browser guide and style on the API's port, for a Browser that ipgraph does not
 * serve (an external {@code NEO4J_URI} server): Browser fetches them cross-origin, from
 * hosts its server allowlists ({@code localhost} by default). They hold no data, so they
 * are public.
 */
@RestController
@RequestMapping("/browser-guide")
@CrossOrigin(origins = "*", methods = RequestMethod.GET, maxAge = 3600)
@Tag(name = "Neo4j Browser")
class BrowserGuideController {

	@GetMapping(path = "/" + BrowserGuide.GUIDE, produces = "text/markdown;charset=UTF-8")
	@Operation(summary = "ipgraph's Browser guide: play it with :guide URL")
	String guide() {
		return BrowserGuide.markdown();
	}

	@GetMapping(path = "/" + BrowserGuide.STYLE, produces = "text/plain;charset=UTF-8")
	@Operation(summary = "ipgraph's Browser style (GraSS): apply it with :style URL")
	String style() {
		return BrowserGuide.style();
	}

}
