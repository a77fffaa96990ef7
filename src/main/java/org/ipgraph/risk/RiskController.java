package org.ipgraph.risk;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ipgraph.db.ReadsGraph;
import org.ipgraph.web.PageRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * NPE litigation risk for legal teams (LEGAL, ANALYST and ADMIN; see AccessRules). Every
 * read is audited by the services.
 */
@ReadsGraph
@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "Risk")
@Validated
class RiskController {

	private final NpeService npe;

	private final ExposureService exposure;

	private final PatentRiskService patents;

	RiskController(NpeService npe, ExposureService exposure, PatentRiskService patents) {
		this.npe = npe;
		this.exposure = exposure;
		this.patents = patents;
	}

	@GetMapping("/npe")
	@Operation(summary = "An organization's NPE score with every signal's contribution and the evidence paths")
	NpeReport npe(@RequestParam @NotBlank @Size(max = 300) String organization) {
		return this.npe.report(organization);
	}

	@GetMapping("/exposure")
	@Operation(summary = "NPE-held patents closest to a company's technology (or a portfolio, or product "
			+ "descriptions), weighted by the owners' assertion behaviour and the patents' remaining life; patents "
			+ "in force (or of unknown status) unless includeExpired")
	ExposureReport exposure(@RequestParam(required = false) @Size(max = 300) String organization,
			@RequestParam(required = false) @Size(max = 500) List<@Size(max = 40) String> patents,
			@RequestParam(name = "product", required = false) @Size(max = 20) List<@Size(max = 5000) String> products,
			@RequestParam(required = false) @DecimalMin("0") @DecimalMax("1") Double minNpeScore,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean includeExpired, @Valid PageRequest page) {
		return this.exposure.exposure(
				new ExposureService.Request(organization, patents, products, minNpeScore, asOf, includeExpired), page);
	}

	@GetMapping("/patent/{number}")
	@Operation(summary = "The risk that a patent is asserted, with each factor's contribution")
	PatentRiskReport patent(@PathVariable @Size(max = 40) String number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.patents.patent(number, asOf);
	}

}
