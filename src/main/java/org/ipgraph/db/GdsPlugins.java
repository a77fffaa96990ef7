package org.ipgraph.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Neo4j only registers procedures found in jars in its plugin directory. The build ships
 * the Graph Data Science jars as resources under {@code neo4j-plugins/}; this copies them
 * there.
 */
final class GdsPlugins {

	private static final String PATTERN = "classpath*:neo4j-plugins/*.jar";

	private static final String MANIFEST = ".installed-by-ipgraph";

	private GdsPlugins() {
	}

	static int install(Path pluginDir) {
		try {
			Files.createDirectories(pluginDir);
			Resource[] jars = new PathMatchingResourcePatternResolver(GdsPlugins.class.getClassLoader())
				.getResources(PATTERN);
			Set<String> wanted = new HashSet<>();
			for (Resource jar : jars) {
				String name = jar.getFilename();
				wanted.add(name);
				Path target = pluginDir.resolve(name);
				if (Files.exists(target) && Files.size(target) == jar.contentLength()) {
					continue;
				}
				try (InputStream in = jar.getInputStream()) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			removeStale(pluginDir, wanted);
			return jars.length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot install the GDS plugins into " + pluginDir, ex);
		}
	}

	// An upgrade must not leave jars of an older GDS beside the new ones. Only jars this
	// class
	// installed are removed, so plugins a user adds by hand stay.
	private static void removeStale(Path pluginDir, Set<String> wanted) throws IOException {
		Path manifest = pluginDir.resolve(MANIFEST);
		if (Files.exists(manifest)) {
			for (String name : Files.readAllLines(manifest)) {
				if (!name.isBlank() && !wanted.contains(name)) {
					Files.deleteIfExists(pluginDir.resolve(name));
				}
			}
		}
		Files.write(manifest, wanted.stream().sorted().toList());
	}

}
