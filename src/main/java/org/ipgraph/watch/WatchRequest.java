package org.ipgraph.watch;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A watch to add.
 *
 * @param kind {@code organization}, {@code patent}, {@code cpc}, {@code standard} or
 * {@code search}
 * @param target the organization (name or key), patent number, CPC symbol or prefix, or
 * standard id; not used by a saved search
 * @param group for an organization: watch its subsidiaries too
 * @param search for a saved search: {@code partner} (parameters {@code organization},
 * optional {@code role}), {@code pool} (one of {@code cpc}, {@code standard},
 * {@code topic}) or {@code exposure} (parameter {@code organization}, optional
 * {@code minNpeScore}; needs the LEGAL, ANALYST or ADMIN role)
 * @param parameters the saved search's parameters
 */
public record WatchRequest(@NotBlank @Pattern(regexp = "organization|patent|cpc|standard|search") String kind,
		@Size(max = 200) String target, Boolean group, @Pattern(regexp = "partner|pool|exposure") String search,
		@Size(max = 10) Map<@Size(max = 40) String, @Size(max = 200) String> parameters) {
}
