package org.ipgraph.notify;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ipgraph.security.Callers;
import org.ipgraph.security.Role;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

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
 * The caller's webhooks: each receives the caller's alerts, signed with a secret shown
 * only in the answer to its creation. Admins see and remove everyone's; others' webhooks
 * are not found for anyone else.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Alerts")
@Validated
class WebhookController {

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping
	@Operation(summary = "Add a webhook for the caller's alerts; the answer holds its signing secret, shown only once")
	ResponseEntity<Webhook.Created> create(@RequestBody @Valid NewWebhook body) {
		Webhook.Created created = this.webhooks.create(Callers.name(), body.url());
		return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.webhook().id())).body(created);
	}

	@GetMapping
	@Operation(summary = "The caller's webhooks with their delivery counts (admins: everyone's with all=true)")
	List<Webhook> list(@RequestParam(defaultValue = "false") boolean all) {
		return this.webhooks.list(all && Callers.hasAnyRole(Role.ADMIN) ? null : Callers.name());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One webhook")
	Webhook get(@PathVariable @Size(max = 64) String id) {
		return visible(id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a webhook and its delivery records")
	ResponseEntity<Void> delete(@PathVariable @Size(max = 64) String id) {
		this.webhooks.delete(visible(id).id());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/deliveries")
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

	/**
	 * A webhook to add.
	 *
	 * @param url where to post: http or https (docs/SECURITY.md: which hosts)
	 */
	record NewWebhook(@NotBlank @Size(max = WebhookUrls.MAX_LENGTH) String url) {
	}

}
