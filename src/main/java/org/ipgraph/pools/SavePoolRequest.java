package org.ipgraph.pools;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A pool to save: the body of {@code POST /api/v1/pools/saved}, and what the console's
 * save form sends.
 *
 * @param name a name for the pool
 * @param standard the standard it is for (optional)
 * @param members member patent numbers
 * @param note free text (optional)
 * @param candidateId the candidate it comes from (optional)
 * @param visibility {@code private} (default) or {@code public}
 * @param sharedWith users who may see a private pool (optional)
 */
public record SavePoolRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String standard,
		@NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 40) String> members, @Size(max = 2000) String note,
		@Size(max = 40) String candidateId, @Pattern(regexp = "(?i)private|public") String visibility,
		@Size(max = 100) List<@NotBlank @Size(max = 64) String> sharedWith) {
}
