package ke.haki.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import ke.haki.testsupport.ProjectFiles;

/**
 * The README's dashboard images, made again from the local stack's demo data: signs in to a running
 * dashboard as monitor.ngec in headless Chromium and writes docs/images. Runs only when asked
 * (the command is in docs/monitoring.md, "README screenshots"):
 * <pre>
 * deploy/local/stack up &amp;&amp; deploy/local/stack demo
 * ./mvnw -B verify -pl end-to-end-tests -Dtest=ReadmeScreenshotsE2ETest -Dhaki.screenshots.url=http://localhost:8083
 * </pre>
 */
@EnabledIfSystemProperty(named = "haki.screenshots.url", matches = "https?://.+")
class ReadmeScreenshotsE2ETest {

    static final Path IMAGES = ProjectFiles.resolve("docs/images");

    @Test
    void theMapTheFunnelAndTheQueueFromTheDemoData() {
        String base = System.getProperty("haki.screenshots.url").replaceFirst("/+$", "");
        WebDriver browser = DashboardBrowserE2ETest.chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "/dashboard/alerts");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            browser.findElement(By.id("username")).sendKeys("monitor.ngec");
            browser.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
            assertThat(browser.findElements(By.cssSelector("li.alert"))).as("the demo's alerts").isNotEmpty();
            shoot(browser, 1280, 1000, "dashboard-alerts");

            browser.get(base + "/dashboard/overview?figure=open");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("county-map")));
            assertThat(browser.findElements(By.cssSelector("#county-map a.tile"))).hasSize(47);
            shoot(browser, 1280, 1400, "dashboard-overview");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('map-heading').scrollIntoView()");
            shoot(browser, 1280, 900, "dashboard-map");

            browser.get(base + "/dashboard/trends");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("funnel")));
            assertThat(Long.parseLong(browser.findElement(By.id("funnel-REPORTED")).getAttribute("data-cases")))
                    .as("the demo's cases reported in the last twelve months").isPositive();
            shoot(browser, 1280, 1300, "dashboard-funnel");
        } finally {
            browser.quit();
        }
    }

    private static void shoot(WebDriver browser, int width, int height, String name) {
        browser.manage().window().setSize(new Dimension(width, height));
        try {
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(IMAGES);
            Files.copy(file, IMAGES.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
