package org.ipgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.ipgraph.security.AuditLog;

import org.springframework.http.MediaType;
import org.springframework.util.FileSystemUtils;
import org.springframework.validation.annotation.Validated;
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

	private final IngestService ingest;

	private final AuditLog audit;

	IngestController(IngestService ingest, AuditLog audit) {
		this.ingest = ingest;
		this.audit = audit;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Load uploaded files (multipart field 'file', repeatable); format 'auto' recognises each file")
	IngestResult upload(@RequestParam("file") @Size(min = 1, max = 50) List<MultipartFile> files,
			@RequestParam(defaultValue = "auto") @Pattern(regexp = "[a-z0-9-]{1,40}") String format) {
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
			IngestReport report = this.ingest.ingest(format, paths, IngestListener.NONE);
			return IngestResult.of(report, names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the upload", ex);
		}
		finally {
			if (dir != null) {
				FileSystemUtils.deleteRecursively(dir.toFile());
			}
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
