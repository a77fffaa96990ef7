package org.ipgraph.notify;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ipgraph.security.Callers;
import org.ipgraph.security.Role;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * How the caller is told of their alerts: their webhooks (each signed with a secret shown
 * only in the answer to its creation; admins see and remove everyone's, others' are not
 * found for anyone else), the live stream, and the e-mail digest address. The stream's
 * path is literal, so it wins over the alert item mappings ({@code /api/v1/alerts/{key}})
 * whatever their order.
 */
@RestController
@Tag(name = "Alerts")
@Validated
class NotifyController {

	private static final String WEBHOOKS = "/api/v1/webhooks";

	private static final String EMAIL = "/api/v1/notify/email";

	private final Webhooks webhooks;

	private final AlertStreams streams;

	private final Digests digests;

	NotifyController(Webhooks webhooks, AlertStreams streams, Digests digests) {
		this.webhooks = webhooks;
		this.streams = streams;
		this.digests = digests;
	}

	@PostMapping(WEBHOOKS)
	@Operation(summary = "Add a webhook for the caller's alerts; the answer holds its signing secret, shown only once")
	ResponseEntity<Webhook.Created> create(@RequestBody @Valid NewWebhook body) {
		Webhook.Created created = this.webhooks.create(Callers.name(), body.url());
		return ResponseEntity.created(URI.create(WEBHOOKS + "/" + created.webhook().id())).body(created);
	}

	@GetMapping(WEBHOOKS)
	@Operation(summary = "The caller's webhooks with their delivery counts (admins: everyone's with all=true)")
	List<Webhook> list(@RequestParam(defaultValue = "false") boolean all) {
		return this.webhooks.list(all && Callers.hasAnyRole(Role.ADMIN) ? null : Callers.name());
	}

	@GetMapping(WEBHOOKS + "/{id}")
	@Operation(summary = "One webhook")
	Webhook get(@PathVariable @Size(max = 64) String id) {
		return visible(id);
	}

	@DeleteMapping(WEBHOOKS + "/{id}")
	@Operation(summary = "Remove a webhook and its delivery records")
	ResponseEntity<Void> delete(@PathVariable @Size(max = 64) String id) {
		this.webhooks.delete(visible(id).id());
		return ResponseEntity.noContent().build();
	}

	@GetMapping(WEBHOOKS + "/{id}/deliveries")
	@Operation(summary = "A webhook's deliveries, latest alerts first: state (pending, delivered, dead), attempts, "
			+ "next attempt, last status and error")
	Page<WebhookDelivery> deliveries(@PathVariable @Size(max = 64) String id,
			@RequestParam(required = false) @Size(max = 16) String state, @Valid PageRequest page) {
		return this.webhooks.deliveries(visible(id).id(), state, page);
	}

	private Webhook visible(String id) {
		return this.webhooks.find(id)
			.filter(w -> w.username().equals(Callers.name()) || Callers.hasAnyRole(Role.ADMIN))
			.orElseThrow(() -> new NotFoundException("Webhook", id));
	}

	@GetMapping(path = "/api/v1/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The caller's new alerts as Server-Sent Events (event 'alert', id = the alert's seq, "
			+ "data = the alert as JSON; heartbeat comments). Resumes after Last-Event-ID, else after 'after', "
			+ "else from now on")
	SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(required = false) @Min(0) Long after) {
		Long from = lastEventId == null || lastEventId.isBlank() ? after : resumeFrom(lastEventId);
		return this.streams.open(Callers.name(), Callers.readsRisk(), from);
	}

	private static Long resumeFrom(String lastEventId) {
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

	@GetMapping(EMAIL)
	@Operation(summary = "The caller's digest address and the digest's state")
	Digests.Digest email() {
		return this.digests.find(Callers.name()).orElseThrow(() -> new NotFoundException("User", Callers.name()));
	}

	@PutMapping(EMAIL)
	@Operation(summary = "Set the caller's digest address (digests start with the alerts after now)")
	Digests.Digest setEmail(@RequestBody @Valid Address body) {
		return this.digests.setEmail(Callers.name(), body.email());
	}

	@DeleteMapping(EMAIL)
	@Operation(summary = "Remove the caller's digest address: no more digests")
	Digests.Digest clearEmail() {
		return this.digests.setEmail(Callers.name(), null);
	}

	/**
	 * A webhook to add.
	 *
	 * @param url where to post: http or https (docs/SECURITY.md: which hosts)
	 */
	record NewWebhook(@NotBlank @Size(max = WebhookUrls.MAX_LENGTH) String url) {
	}

	/**
	 * A digest address.
	 *
	 * @param email where digests go
	 */
	record Address(@NotBlank @Size(max = 254) String email) {
	}

}
