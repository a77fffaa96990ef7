package org.ipgraph.watch;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipgraph.security.Callers;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's watches and alerts. Any signed-in user manages their own; saved exposure
 * searches and restricted (risk-bearing) alerts need a role that reads risk reports.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Watches and alerts")
@Validated
class WatchController {

	private final Watches watches;

	private final Alerts alerts;

	WatchController(Watches watches, Alerts alerts) {
		this.watches = watches;
		this.alerts = alerts;
	}

	@PostMapping("/watches")
	@Operation(summary = "Watch an organization (optionally with its group), a patent, a CPC area, a standard or a "
			+ "saved partner, pool or exposure search")
	ResponseEntity<Watch> add(@RequestBody @Valid WatchRequest request) {
		Watch watch = this.watches.add(Callers.name(), request, Callers.readsRisk());
		return ResponseEntity.created(URI.create("/api/v1/watches/" + watch.id())).body(watch);
	}

	@GetMapping("/watches")
	@Operation(summary = "The caller's watches")
	List<Watch> list() {
		return this.watches.list(Callers.name());
	}

	@DeleteMapping("/watches/{id}")
	@Operation(summary = "Stop watching (the alerts stay)")
	ResponseEntity<Void> remove(@PathVariable @Size(max = 40) String id) {
		this.watches.remove(Callers.name(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/alerts")
	@Operation(summary = "The caller's alerts after a sequence number, oldest first (page on with next)")
	Alert.Page alerts(@RequestParam(defaultValue = "0") @Min(0) long after,
			@RequestParam(defaultValue = "20") @Min(1) @Max(Alerts.MAX_LIMIT) int limit,
			@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) @Pattern(regexp = "[a-z_]{1,40}") String kind) {
		return this.alerts.page(Callers.name(), after, limit, unread, kind, Callers.readsRisk());
	}

	@PostMapping("/alerts/read")
	@Operation(summary = "Mark alerts read: those named by key, and every one up to a sequence number")
	ReadResult read(@RequestBody @Valid ReadRequest request) {
		return new ReadResult(
				this.alerts.markRead(Callers.name(), request.keys(), request.upTo(), Callers.readsRisk()));
	}

	/**
	 * Alerts to mark read.
	 *
	 * @param keys alert keys
	 * @param upTo every alert up to this sequence number
	 */
	record ReadRequest(@Size(max = 1000) List<@NotBlank @Size(max = 500) String> keys, @Min(0) Long upTo) {
	}

	record ReadResult(long marked) {
	}

}
