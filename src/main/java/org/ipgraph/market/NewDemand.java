package org.ipgraph.market;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A demand to publish.
 *
 * @param clientKey the client's own key for this demand: posting the same key again
 * returns the demand already stored (without one, the user, requester, kind, text and
 * fields are the key)
 * @param requester the requesting organization, by key or name (optional)
 * @param anonymous whether others see the requester as "anonymous", with coarse facts
 * only
 * @param kind licence, purchase, rd (research and development) or expert
 * @param text what is needed, in words
 * @param cpc the field as CPC symbols
 * @param keywords the field as keywords
 * @param budget the budget, if one is stated
 * @param currency the budget's currency (ISO code)
 * @param deadline when it is needed by
 * @param region where, e.g. US or CN-GD
 */
public record NewDemand(@Size(max = 200) String clientKey, @Size(max = 300) String requester, Boolean anonymous,
		@NotBlank @Pattern(regexp = "licence|purchase|rd|expert") String kind, @NotBlank @Size(max = 5000) String text,
		@Size(max = 50) List<@NotBlank @Size(max = 30) String> cpc,
		@Size(max = 50) List<@NotBlank @Size(max = 100) String> keywords, @PositiveOrZero Double budget,
		@Pattern(regexp = "[A-Za-z]{3}") String currency, LocalDate deadline, @Size(max = 20) String region) {
}
