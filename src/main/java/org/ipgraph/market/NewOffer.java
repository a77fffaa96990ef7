package org.ipgraph.market;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An offer to publish.
 *
 * @param clientKey the client's own key for this offer: posting the same key again
 * returns the offer already stored (without one, the organization, kind, patents and
 * title are the key)
 * @param organization the offering organization, by key or name
 * @param kind licence, sale or pledge
 * @param title what is offered, in a line
 * @param description what is offered, in words
 * @param patents the patents of the package (numbers as the graph keys them, e.g.
 * US7654321)
 * @param cpc fields the offer states beyond its patents' codes
 * @param terms price or royalty in words, e.g. "2% running royalty"
 * @param price the asking price, if one is stated
 * @param currency the price's currency (ISO code)
 * @param exclusivity exclusive, non-exclusive or sole
 * @param territory where the offer holds, e.g. "US, EU" or "worldwide"
 * @param validUntil the last day the offer stands
 */
public record NewOffer(@Size(max = 200) String clientKey, @NotBlank @Size(max = 300) String organization,
		@NotBlank @Pattern(regexp = "licence|sale|pledge") String kind, @NotBlank @Size(max = 300) String title,
		@Size(max = 5000) String description,
		@NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 40) String> patents,
		@Size(max = 50) List<@NotBlank @Size(max = 30) String> cpc, @Size(max = 1000) String terms,
		@PositiveOrZero Double price, @Pattern(regexp = "[A-Za-z]{3}") String currency,
		@Pattern(regexp = "exclusive|non-exclusive|sole") String exclusivity, @Size(max = 300) String territory,
		LocalDate validUntil) {
}
