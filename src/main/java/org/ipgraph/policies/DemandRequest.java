package org.ipgraph.policies;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A demand to match to policies and funds: what is needed, and what the requester says of
 * itself. Everything is optional; what is not given is unknown.
 *
 * @param text the need in words; fields it names are mapped to CPC
 * @param cpc CPC symbols of the need
 * @param kind the requester's kind: company, university, institute, government,
 * individual
 * @param country the requester's country (ISO code)
 * @param subdivision province or state ({@code CN-GD}, {@code US-TX})
 * @param size {@code large} or {@code small}
 * @param limit how many matches to return
 */
public record DemandRequest(@Size(max = 5000) String text, @Size(max = 50) List<@Size(max = 30) String> cpc,
		@Pattern(regexp = "company|university|institute|government|individual|bank|nonprofit") String kind,
		@Pattern(regexp = "[A-Za-z]{2}") String country,
		@Pattern(regexp = "[A-Za-z]{2}-[A-Za-z0-9]{1,3}") String subdivision,
		@Pattern(regexp = "large|small") String size, @Min(1) @Max(200) Integer limit) {
}
