package org.ipgraph.partners;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipgraph.web.PageRequest;

/**
 * The body of {@code POST /api/v1/partners/for-demand}.
 *
 * @param text what is needed, e.g. "a low-power gait sensor for elderly-care wearables"
 * @param region where the demand comes from, stored with it
 * @param role any (default), licensor (technology-source) or research
 * @param country only organizations in this country (two letters)
 * @param kind only organizations of this kind
 * @param minPatents only organizations owning at least this many patents
 * @param excludeCompetitors competitors (ids or names) to leave out, with their groups
 * @param page zero-based page
 * @param size page size
 * @param includeExpired match and count patents that have ended too (default false)
 */
public record DemandRequest(@NotBlank @Size(max = 2000) String text,
		@Size(max = 40) @Pattern(regexp = "[A-Za-z][A-Za-z .-]*") String region,
		@Size(max = 30) @Pattern(regexp = "[A-Za-z_-]+") String role, @Pattern(regexp = "[A-Za-z]{2}") String country,
		@Size(max = 40) @Pattern(regexp = "[A-Za-z_ -]+") String kind, @Min(1) @Max(1_000_000) Integer minPatents,
		@Size(max = 50) List<@NotBlank @Size(max = 300) String> excludeCompetitors, @Min(0) @Max(100_000) Integer page,
		@Min(1) @Max(PageRequest.MAX_SIZE) Integer size, Boolean includeExpired) {

	DemandQuery query() {
		return new DemandQuery(this.text, this.region, this.role, this.country, this.kind, this.minPatents,
				this.excludeCompetitors == null ? List.of() : this.excludeCompetitors,
				new PageRequest(this.page, this.size), Boolean.TRUE.equals(this.includeExpired));
	}

}
