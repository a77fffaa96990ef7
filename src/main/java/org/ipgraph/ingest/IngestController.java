package org.ipgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import org.ipgraph.security.AuditLog;
import org.ipgraph.web.ClientConnection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.FileSystemUtils;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads files into the graph: the same readers, idempotence and rejection reports as
 * {@code ipgraph ingest}. For analysts and administrators.
 */
@RestController
@RequestMapping("/api/v1/ingest")
@Tag(name = "Ingest")
@Validated
class IngestController {

	private static final Log logger = LogFactory.getLog(IngestController.class);

	/** Files one upload may carry (the container refuses far more parts itself). */
	static final int MAX_FILES = 50;

	private final IngestService ingest;

	private final AuditLog audit;

	private final Counter cancelled;

	IngestController(IngestService ingest, AuditLog audit, ObjectProvider<MeterRegistry> meters) {
		this.ingest = ingest;
		this.audit = audit;
		this.cancelled = Counter.builder("ipgraph.ingest.cancelled")
			.description("Uploads whose client went away during the ingest, which then stopped")
			.register(meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Load uploaded files (multipart field 'file', repeatable); format 'auto' recognises each file")
	IngestResult upload(@RequestParam("file") @Size(min = 1) List<MultipartFile> files,
			@RequestParam(defaultValue = "auto") @Pattern(regexp = "[a-z0-9-]{1,40}") String format,
			HttpServletRequest request) {
		if (files.size() > MAX_FILES) {
			throw new IllegalArgumentException(
					"An upload carries at most " + MAX_FILES + " files; this one has " + files.size() + ".");
		}
		if (!"auto".equals(format) && !this.ingest.formats().containsKey(format)) {
			throw new IllegalArgumentException("Unknown format '" + format + "'. Known: auto, "
					+ String.join(", ", this.ingest.formats().keySet()));
		}
		Path dir = null;
		try {
			dir = Files.createTempDirectory("ipgraph-upload-");
			List<Path> paths = new ArrayList<>();
			Map<String, String> names = new LinkedHashMap<>();
			for (int i = 0; i < files.size(); i++) {
				String name = safeName(files.get(i).getOriginalFilename(), i);
				Path target = dir.resolve(i + "-" + name);
				try (InputStream in = files.get(i).getInputStream()) {
					Files.copy(in, target);
				}
				paths.add(target);
				names.put(target.toString(), name);
			}
			this.audit.record("ingest", format, Map.of("files", List.copyOf(names.values())));
			try (ClientConnection.Watch client = ClientConnection.watch(request)) {
				IngestReport report = this.ingest.ingest(format, paths, new IngestListener() {

					@Override
					public boolean cancelled() {
						return client.getAsBoolean();
					}

				});
				if (client.getAsBoolean()) {
					this.cancelled.increment();
					logger.info("Ingest of " + names.size() + " uploaded file(s) stopped: the client went away");
				}
				return IngestResult.of(report, names);
			}
		}
		catch (IOException ex) {
			throw new IngestFailedException("the upload could not be stored: " + ex.getMessage(), ex);
		}
		catch (IllegalArgumentException | IngestFailedException ex) {
			throw ex;
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			// the readers reject bad input record by record: what reaches here is a
			// failure of the service, said with its reason rather than as a bare 500
			throw new IngestFailedException(
					"the ingest failed: " + Rejection.reasonOf(ex)
							+ "; records written before the failure are stored (an ingest is idempotent: retry it)",
					ex);
		}
		finally {
			if (dir != null) {
				FileSystemUtils.deleteRecursively(dir.toFile());
			}
		}
	}

	@ExceptionHandler(IngestFailedException.class)
	ProblemDetail failed(IngestFailedException ex) {
		logger.error("Ingest failed", ex.getCause());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, ex.getMessage());
		problem.setTitle("Ingest failed");
		problem.setType(URI.create("https://ipgraph.org/problems/500"));
		return problem;
	}

	/**
	 * An ingest that failed as a whole, with its reason.
	 */
	static final class IngestFailedException extends RuntimeException {

		IngestFailedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * The client's file name reduced to its last segment and safe characters: it is only
	 * a label and a hint for format detection, never a path.
	 */
	static String safeName(String original, int index) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
		name = name.replaceAll("^\\.+", "");
		if (name.length() > 100) {
			name = name.substring(name.length() - 100);
		}
		return name.isEmpty() ? "upload-" + index : name;
	}

	/**
	 * The ingest summary, naming files as uploaded.
	 */
	record IngestResult(List<FileResult> files, long recordsRead, long recordsStored, long rejected,
			List<Rejection> rejections, Map<String, Integer> rejectionReasons, List<String> notes, long nodesCreated,
			long relationshipsCreated, Map<String, Integer> organizationNames) {

		static IngestResult of(IngestReport report, Map<String, String> names) {
			List<FileResult> files = report.getFiles()
				.stream()
				.map(f -> new FileResult(names.getOrDefault(f.path(), f.path()), f.format(), f.documentId(),
						f.records(), f.rejected()))
				.toList();
			List<Rejection> rejections = report.getRejections()
				.stream()
				.map(r -> new Rejection(names.getOrDefault(r.file(), r.file()), r.record(), r.reason()))
				.toList();
			return new IngestResult(files, report.getRecordsRead(), report.getRecordsStored(), report.getRejected(),
					rejections, report.getRejectionReasons(), report.getNotes(), report.getNodesCreated(),
					report.getRelationshipsCreated(), report.getOrganizationNames());
		}

	}

	record FileResult(String name, String format, String documentId, long records, long rejected) {
	}

}
