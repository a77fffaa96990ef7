package org.ipgraph.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Neo4j serves Browser from {@code web/neo4j-browser*.zip} in its home when that exists,
 * and otherwise from the classpath, which it cannot read inside the application's nested
 * jars. This writes the zip (one top-level {@code browser/} folder) from the
 * {@code neo4j-browser} dependency, with ipgraph's guide and style beside Browser's files
 * (so Neo4j serves them from Browser's own origin), again only when one of them changed.
 */
final class BrowserAssets {

	private static final String PREFIX = "browser/";

	private BrowserAssets() {
	}

	/**
	 * @return the number of files in the zip, 0 when no Browser is on the classpath
	 */
	static int install(Path home) {
		try {
			Resource[] files = Arrays
				.stream(new PathMatchingResourcePatternResolver(BrowserAssets.class.getClassLoader())
					.getResources("classpath*:" + PREFIX + "**/*"))
				.filter(Resource::isReadable)
				.filter(r -> relative(r) != null && !relative(r).endsWith("/"))
				.sorted(Comparator.comparing(BrowserAssets::relative))
				.toArray(Resource[]::new);
			if (files.length == 0) {
				return 0;
			}
			Map<String, byte[]> ipgraph = new LinkedHashMap<>();
			ipgraph.put(BrowserGuide.GUIDE, BrowserGuide.markdown().getBytes(StandardCharsets.UTF_8));
			ipgraph.put(BrowserGuide.STYLE, BrowserGuide.style().getBytes(StandardCharsets.UTF_8));
			Path web = Files.createDirectories(home.resolve("web"));
			Path zip = web.resolve("neo4j-browser.zip");
			Path marker = web.resolve(".neo4j-browser.fingerprint");
			String fingerprint = fingerprint(files, ipgraph);
			if (Files.exists(zip) && Files.exists(marker)
					&& Files.readString(marker, StandardCharsets.UTF_8).equals(fingerprint)) {
				return files.length;
			}
			Path partial = web.resolve("neo4j-browser.zip.partial");
			// Neo4j takes the zip's first directory entry as the content root:
			// directories get
			// their own entries, the top-level one first
			try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
				java.util.Set<String> directories = new java.util.HashSet<>();
				for (Resource file : files) {
					String name = PREFIX + relative(file);
					for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
						String directory = name.substring(0, slash + 1);
						if (directories.add(directory)) {
							out.putNextEntry(new ZipEntry(directory));
							out.closeEntry();
						}
					}
					out.putNextEntry(new ZipEntry(name));
					try (InputStream in = file.getInputStream()) {
						in.transferTo(out);
					}
					out.closeEntry();
				}
				for (Map.Entry<String, byte[]> file : ipgraph.entrySet()) {
					out.putNextEntry(new ZipEntry(PREFIX + file.getKey()));
					out.write(file.getValue());
					out.closeEntry();
				}
			}
			Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(marker, fingerprint, StandardCharsets.UTF_8);
			return files.length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot install Neo4j Browser into " + home, ex);
		}
	}

	// the path below browser/, from the resource's URL, whichever jar or directory holds
	// it
	private static String relative(Resource resource) {
		try {
			String url = resource.getURL().toString();
			int at = url.lastIndexOf("!/" + PREFIX);
			if (at < 0) {
				at = url.lastIndexOf("/" + PREFIX) - 1;
				if (at < 0) {
					return null;
				}
			}
			return url.substring(at + 2 + PREFIX.length());
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static String fingerprint(Resource[] files, Map<String, byte[]> ipgraph) throws IOException {
		CRC32 crc = new CRC32();
		for (Resource file : files) {
			crc.update((relative(file) + ":" + file.contentLength()).getBytes(StandardCharsets.UTF_8));
		}
		ipgraph.values().forEach(crc::update);
		return files.length + "-" + Long.toHexString(crc.getValue());
	}

}
