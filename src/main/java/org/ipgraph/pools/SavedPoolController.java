package org.ipgraph.pools;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organizers' saved pool work. Writes need the ORGANIZER or ADMIN role, reads any user
 * ({@code AccessRules.POOL_WORK}); each pool shows only to those its owner shares it with
 * ({@link SavedPools}).
 */
@RestController
@RequestMapping("/api/v1/pools/saved")
@Tag(name = "Pools")
@Validated
class SavedPoolController {

	private final SavedPools saved;

	SavedPoolController(SavedPools saved) {
		this.saved = saved;
	}

	@PostMapping
	@Operation(summary = "Save a candidate (or an edited member list) as a Pool with candidate: true")
	ResponseEntity<SavedPool> save(@RequestBody @Valid SavePoolRequest body) {
		SavedPool pool = this.saved.save(body);
		return ResponseEntity.created(URI.create("/api/v1/pools/saved/" + pool.id())).body(pool);
	}

	@GetMapping
	@Operation(summary = "Saved candidate pools, newest first")
	Page<SavedPool> list(@Valid PageRequest page) {
		return this.saved.list(page);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One saved candidate pool")
	SavedPool get(@PathVariable @Size(max = 100) String id) {
		return this.saved.find(id).orElseThrow(() -> new NotFoundException("Saved pool", id));
	}

	@PutMapping("/{id}/sharing")
	@Operation(summary = "Make a saved pool private (the owner, the users named and admins see it) or public "
			+ "(every user): its owner or an admin")
	SavedPool share(@PathVariable @Size(max = 100) String id, @RequestBody @Valid Sharing sharing) {
		return this.saved.share(id, sharing);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a saved candidate pool (not an imported pool): its owner or an admin")
	ResponseEntity<Void> delete(@PathVariable @Size(max = 100) String id) {
		this.saved.delete(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Who sees a saved pool.
	 *
	 * @param visibility {@code private} or {@code public}
	 * @param sharedWith users who may see it while private
	 */
	record Sharing(@NotBlank @Pattern(regexp = "(?i)private|public") String visibility,
			@Size(max = 100) List<@NotBlank @Size(max = 64) String> sharedWith) {
	}

}
