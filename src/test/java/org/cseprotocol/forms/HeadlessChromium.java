package org.cseprotocol.forms;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium and ChromeDriver ({@code apt-get install chromium chromium-driver}) headless with a fresh
 * profile. Both paths are set explicitly, so Selenium Manager never downloads a browser or driver. The system
 * properties {@code chromium.binary} and {@code chromium.driver} point elsewhere.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    static boolean isInstalled() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** Skips the calling test, reported as skipped, when Chromium or ChromeDriver is not installed. */
    static void assumeInstalled() {
        assumeTrue(isInstalled(), "This browser test needs "
                + BROWSER + " and " + DRIVER + ", from the Debian packages chromium and chromium-driver, and at "
                + "least one is missing. Install them with apt-get install chromium chromium-driver.");
    }

    /** Starts Chromium with a window of the given size in CSS pixels. */
    static ChromeDriver start(Path profile, int width, int height) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // Without the networking flags Chromium keeps calling Google services, which this closed network floods.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    static Path newProfile() throws IOException {
        return Files.createTempDirectory("chromium-profile-");
    }
}
