package org.ipgraph.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by its chromedriver, with a fresh profile. Without
 * them the browser tests fail with the command that installs them, unless
 * {@code -Dipgraph.browser-tests.skip=true} skips them. Screenshots go to
 * {@code target/console-screenshots}, or to the directory
 * {@code -Dipgraph.screenshots=DIR} names (how docs/img is refreshed).
 */
final class Chromium implements AutoCloseable {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	static final String INSTALL = "apt-get install -y chromium chromium-driver";

	final ChromeDriver driver;

	private final ChromeDriverService service;

	private final Path profile;

	private Chromium(ChromeDriver driver, ChromeDriverService service, Path profile) {
		this.driver = driver;
		this.service = service;
		this.profile = profile;
	}

	static Chromium start(int width, int height) {
		if (Boolean.getBoolean("ipgraph.browser-tests.skip")) {
			Assumptions.abort("browser tests skipped (-Dipgraph.browser-tests.skip=true)");
		}
		if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
			throw new IllegalStateException("The console's browser tests need Debian's Chromium and its driver ("
					+ BROWSER + ", " + DRIVER + "). Install them with: " + INSTALL
					+ "  (.ci/run does), or skip these tests with -Dipgraph.browser-tests.skip=true");
		}
		try {
			Path profile = Files.createTempDirectory("ipgraph-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BROWSER.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
					"--lang=en-US");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
			driver.manage().window().setSize(new Dimension(width, height));
			return new Chromium(driver, service, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves a screenshot of the whole page as {@code console-NAME.png}.
	 */
	Path screenshot(String name) {
		Path dir = Path.of(System.getProperty("ipgraph.screenshots", "target/console-screenshots"));
		try {
			Files.createDirectories(dir);
			Path file = dir.resolve("console-" + name + ".png");
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

}
