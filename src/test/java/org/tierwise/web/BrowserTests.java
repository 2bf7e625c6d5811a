package org.tierwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tierwise.RulesCopy;
import org.tierwise.TestUsers;
import org.tierwise.tiering.StoredTier;
import org.tierwise.tiering.Tier;
import org.tierwise.tiering.TieringRunStore;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven through chromedriver against the
 * service on a random port with the fixtures. Screenshots of each page go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:BrowserTests;DB_CLOSE_DELAY=-1"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path RULES = RulesCopy.of("tierwise-browser-rules");

    @DynamicPropertySource
    static void rulesDirectory(DynamicPropertyRegistry registry) {
        registry.add("tierwise.rules.dir", RULES::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    TieringRunStore store;

    WebDriver browser;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException(
                    "CI must have Debian's chromium and chromium-driver: .ci/run installs them");
        }
        Assumptions.assumeTrue(installed, "browser tests need: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1200,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
        signIn(TestUsers.LEAD);
    }

    /** Signs in through the sign-in form, as a person would; the session cookie serves every test. */
    private void signIn(String user) {
        open("/login");
        screenshot("login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(TestUsers.password(user));
        browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        assertThat(waitFor(By.id("sign-out")).isDisplayed()).isTrue();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerSearchesForASchoolAndOpensItsPage() {
        open("/");
        screenshot("home");
        browser.findElement(By.id("q")).sendKeys("astley cooper");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        WebElement results = waitFor(By.id("results"));
        screenshot("search");
        results.findElement(By.linkText("The Astley Cooper School")).click();

        waitFor(By.id("ks4"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The Astley Cooper School");
        assertThat(browser.findElement(By.id("ks4")).getText()).contains("2022-23", "-0.82", "-1.07 to -0.57");
        assertThat(browser.findElement(By.id("inspections")).getText()).contains("2 good");
        screenshot("school");
    }

    @Test
    void aCommissioningGroupRunsTieringAndSeesTheChartAndTotals() {
        open("/tiering");
        browser.findElement(By.id("academicYear")).sendKeys("2018-19");
        browser.findElement(By.cssSelector("#start-run button[type=submit]")).click();

        waitFor(By.id("totals"));
        assertThat(browser.getTitle()).startsWith("Tiering run");
        long runId =
                Long.parseLong(browser.findElement(By.tagName("h1")).getText().replace("Tiering run ", ""));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true"
                .equals(d.findElement(By.cssSelector("canvas.js-chart")).getDomAttribute("data-drawn")));
        screenshot("tiering-run");

        Map<Tier, Integer> stored = new EnumMap<>(Tier.class);
        store.results(runId).stream().map(StoredTier::effectiveTier).forEach(t -> stored.merge(t, 1, Integer::sum));
        for (Tier tier : Tier.values()) {
            String shown = browser.findElement(By.cssSelector("#totals td[data-tier='" + tier + "']"))
                    .getText();
            assertThat(Integer.parseInt(shown)).as(tier.name()).isEqualTo(stored.getOrDefault(tier, 0));
        }
        assertThat(browser.findElement(By.id("schools")).getText()).contains("Hatfield Community Free School");
    }

    @Test
    void aCommissioningGroupBrokersSupportConfirmsAMatchAndTheSchoolPageExplainsIt() {
        open("/tiering");
        browser.findElement(By.id("academicYear")).sendKeys("2018-19");
        browser.findElement(By.cssSelector("#start-run button[type=submit]")).click();
        waitFor(By.id("start-brokering")).findElement(By.tagName("button")).click();

        WebElement matches = waitFor(By.id("matches"));
        assertThat(matches.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("unmet")).getText()).isNotBlank();
        screenshot("brokering-run");
        WebElement first = matches.findElement(By.cssSelector("tbody tr"));
        String urn = first.findElement(By.cssSelector("td a")).getText();
        WebElement form = first.findElement(By.cssSelector("form.confirm"));
        // Date fields take the locale's format when typed into; their value is always ISO.
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value='2019-09-01'; arguments[1].value='2020-07-31';",
                        form.findElement(By.name("start")),
                        form.findElement(By.name("end")));
        form.findElement(By.name("fundingSource")).sendKeys("School-to-school support fund");
        form.findElement(By.name("cost")).sendKeys("3500");
        form.findElement(By.tagName("button")).click();
        assertThat(waitFor(By.cssSelector("[role=status], [role=alert]")).getText())
                .contains("confirmed as a deployment");

        open("/schools/" + urn);
        assertThat(waitFor(By.cssSelector("table.recommended")).getText()).contains("Yes");
        assertThat(browser.findElement(By.id("deployments")).getText()).contains("School-to-school support fund");
        assertThat(browser.findElements(By.cssSelector("details.excluded"))).isNotEmpty();
        // The facts behind each reason are in words, not Java records (issue 17).
        assertThat(browser.getPageSource())
                .contains("School: URN: " + urn)
                .doesNotContain("Facts[")
                .doesNotContain("accumulated [");
        screenshot("school-recommendation");

        // A school that met a standard by nothing says so beside its reasons (issue 17).
        open("/schools/117552");
        assertThat(waitFor(By.id("near-misses")).getText())
                .contains("KS4 coasting year")
                .contains("Progress 8 -0.25 equals the -0.25 coasting threshold")
                .contains("Near miss")
                .contains("Data: ")
                .contains("herts919_ks4_2018-19_p8_waiky8.csv, line 9");
        assertThat(browser.getPageSource()).doesNotContain("Facts[");
    }

    @Test
    void aRunFormWithABadYearSaysWhatIsWrong() {
        open("/tiering");
        browser.findElement(By.id("academicYear")).sendKeys("next year");
        browser.findElement(By.cssSelector("#start-run button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("#start-run [role=alert]")).getText())
                .contains("Write the academic year as 2018-19");
        screenshot("tiering-form-error");
    }

    @Test
    void policyStaffSeeARuleErrorAfterABadEditAndTheOldRulesKeepServing() throws IOException {
        open("/rules");
        assertThat(browser.findElement(By.id("validation")).getText()).contains("compile");
        assertThat(browser.findElement(By.id("catalogue")).getText())
                .contains("TIER-020", "tiering/floor-and-coasting.drl");
        screenshot("rules");

        Path drl = RULES.resolve("tiering/local-intelligence.drl");
        String original = Files.readString(drl);
        try {
            Files.writeString(
                    drl,
                    original.replace(
                            "ConcernFacts( urn == $s.urn, kind == ConcernKind.SAFEGUARDING",
                            "ConcernFacts( urn == $s.urn, kindd == ConcernKind.SAFEGUARDING"));
            open("/rules");
            assertThat(browser.findElement(By.id("validation")).getText())
                    .contains("do not compile")
                    .contains("tiering/local-intelligence.drl:")
                    .contains("kindd");
            browser.findElement(By.id("reload")).click();
            assertThat(waitFor(By.id("reload-errors")).getText())
                    .contains("were not reloaded")
                    .contains("tiering/local-intelligence.drl:");
            screenshot("rules-error");
        } finally {
            Files.writeString(drl, original);
        }
        open("/rules/cases");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("0 failed");
        screenshot("rules-cases");
    }

    @Test
    void financeOfficersSeeTheFlagsWithTheirRegulation() {
        open("/finance");
        browser.findElement(By.cssSelector("form[action$='/finance/checks'] button"))
                .click();
        assertThat(waitFor(By.cssSelector("table.flags")).getText()).contains("DOR-02", "FIN-015");
        screenshot("finance");
    }

    /** Waits for an element of the page a click led to: a click may return before the new page has loaded. */
    private WebElement waitFor(By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) {
        try {
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
