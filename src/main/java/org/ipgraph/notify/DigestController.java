package org.ipgraph.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ipgraph.security.Callers;
import org.ipgraph.web.NotFoundException;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's e-mail digest: the address it goes to, its cursor and when it was sent.
 */
@RestController
@RequestMapping("/api/v1/notify/email")
@Tag(name = "Alerts")
class DigestController {

	private final Digests digests;

	DigestController(Digests digests) {
		this.digests = digests;
	}

	@GetMapping
	@Operation(summary = "The caller's digest address and the digest's state")
	Digests.Digest get() {
		return this.digests.find(Callers.name()).orElseThrow(() -> new NotFoundException("User", Callers.name()));
	}

	@PutMapping
	@Operation(summary = "Set the caller's digest address (digests start with the alerts after now)")
	Digests.Digest set(@RequestBody @Valid Address body) {
		return this.digests.setEmail(Callers.name(), body.email());
	}

	@DeleteMapping
	@Operation(summary = "Remove the caller's digest address: no more digests")
	Digests.Digest clear() {
		return this.digests.setEmail(Callers.name(), null);
	}

	/**
	 * A digest address.
	 *
	 * @param email where digests go
	 */
	record Address(@NotBlank @Size(max = 254) String email) {
	}

}
