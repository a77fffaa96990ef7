package org.ipgraph.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.ipgraph.security.Callers;
import org.ipgraph.security.Role;

import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The caller's alerts as Server-Sent Events. A literal path: it wins over the alert item
 * mappings ({@code /api/v1/alerts/{key}}) whatever their order.
 */
@RestController
@Tag(name = "Alerts")
@Validated
class AlertStreamController {

	private final AlertStreams streams;

	AlertStreamController(AlertStreams streams) {
		this.streams = streams;
	}

	@GetMapping(path = "/api/v1/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The caller's new alerts as Server-Sent Events (event 'alert', id = the alert's seq, "
			+ "data = the alert as JSON; heartbeat comments). Resumes after Last-Event-ID, else after 'after', "
			+ "else from now on")
	SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(required = false) @Min(0) Long after) {
		Long from = lastEventId == null || lastEventId.isBlank() ? after : resumeFrom(lastEventId);
		return this.streams.open(Callers.name(), Callers.hasAnyRole(Role.LEGAL, Role.ANALYST, Role.ADMIN), from);
	}

	private static long resumeFrom(String lastEventId) {
		try {
			long seq = Long.parseLong(lastEventId.strip());
			if (seq >= 0) {
				return seq;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new IllegalArgumentException("Last-Event-ID is an alert's sequence number, not '" + lastEventId + "'");
	}

}
