package cn.gov.cq.jianping.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the browser tests: the real app (the shared {@link IntegrationTest} context)
 * driven by a headless Chromium, one browser per test class. The driver and browser are
 * the system ones ({@value #CHROMEDRIVER}, {@value #CHROMIUM}); Selenium Manager is never
 * asked to download anything.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	/** Password of every demo account. */
	protected static final String DEMO_PASSWORD = "Demo#2026";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final String CHROMIUM = "/usr/bin/chromium";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	private WebDriver driver;

	private WebDriverWait wait;

	private Path profile;

	/** On failure, a screenshot of where the browser was, before anything else runs. */
	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = context -> {
		if (context.getExecutionException().isPresent() && this.driver != null) {
			String method = context.getRequiredTestMethod().getName();
			String display = context.getDisplayName();
			String name = display.startsWith(method + "(") ? method
					: method + "-" + display.replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
			name += "-FAILED";
			try {
				screenshot(name);
			}
			catch (RuntimeException ex) {
				// the browser may be what failed; the original failure matters more
			}
		}
	};

	@BeforeAll
	void startBrowser() throws IOException {
		System.setProperty("SE_OFFLINE", "true");
		// subclasses write their own screenshots there too, whichever browser test runs
		// first
		Files.createDirectories(SCREENSHOTS);
		this.profile = Files.createTempDirectory("jianping-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + this.profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.driver, TIMEOUT);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			this.driver = null;
			deleteProfile();
		}
	}

	/**
	 * Every test starts logged out: the session cookie of the previous test is dropped.
	 */
	@BeforeEach
	void forgetSession() {
		open("/login");
		this.driver.manage().deleteAllCookies();
	}

	/**
	 * What a link answers to this browser's session (e.g. an export), fetched outside the
	 * browser.
	 */
	protected HttpResponse<byte[]> fetchWithSession(String href) throws IOException, InterruptedException {
		String cookies = this.driver.manage()
			.getCookies()
			.stream()
			.map(Cookie::toString)
			.map(c -> c.split(";")[0])
			.collect(Collectors.joining("; "));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	protected WebDriver driver() {
		return this.driver;
	}

	protected WebDriverWait waiting() {
		return this.wait;
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** Opens a path of the app, e.g. {@code /institutions}. */
	protected void open(String path) {
		this.driver.get(baseUrl() + path);
	}

	/** The path (and query) of the page the browser shows. */
	protected String currentPath() {
		String url = this.driver.getCurrentUrl();
		return url.startsWith(baseUrl()) ? url.substring(baseUrl().length()) : url;
	}

	/**
	 * Logs in with the password and, for the accounts that need it, the 动态口令 of the demo
	 * secret.
	 */
	protected void login(String username, String password) {
		loginWithPassword(username, password);
		this.wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")),
				ExpectedConditions.visibilityOfElementLocated(By.id("totp-form"))));
		if (!this.driver.findElements(By.id("totp-form")).isEmpty()) {
			type(By.id("code"), totpCode(username));
			click(By.id("totp-submit"));
		}
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
	}

	/** Only the first step: the password form, submitted. */
	protected void loginWithPassword(String username, String password) {
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		click(By.id("login-submit"));
	}

	/** The code the demo account's authenticator shows now. */
	protected String totpCode(String username) {
		return SecondStep.code(this.jdbc, this.clock, username);
	}

	protected void logout() {
		click(By.id("logout"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-logout")));
	}

	protected WebElement find(By by) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	protected WebElement find(String id) {
		return find(By.id(id));
	}

	/** Clears a text field and types into it. */
	protected void type(By by, CharSequence text) {
		WebElement element = find(by);
		element.clear();
		element.sendKeys(text);
	}

	protected void type(String id, CharSequence text) {
		type(By.id(id), text);
	}

	protected void click(By by) {
		click(this.wait.until(ExpectedConditions.elementToBeClickable(by)));
	}

	/**
	 * Scrolls the element to the middle of the window first, as a user would look at it,
	 * so the sticky action bar at the bottom of long pages does not take the click. The
	 * scroll is instant: Bootstrap's smooth scrolling would still be moving at the click.
	 */
	protected void click(WebElement element) {
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	protected void click(String id) {
		click(By.id(id));
	}

	/** Sets an input's value by script (date inputs), firing the events a user would. */
	protected void setValue(String id, String value) {
		WebElement element = find(id);
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
				+ "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", element, value);
	}

	/**
	 * Waits until the page shown is a new one, after a click that submits or navigates.
	 */
	protected void waitForNewPage(WebElement oldElement) {
		this.wait.until(driver -> isGone(oldElement));
	}

	/**
	 * Whether the element belongs to a page that was replaced. Chromium answers a
	 * question about a node of a document being replaced with "Node with given id does
	 * not belong to the document" instead of a stale-element error; both mean the old
	 * page is gone (a fast answer made the race show in CI).
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * The serious and critical violations axe-core 4 (MPL-2.0, vendored under
	 * src/test/resources/axe) finds on the page as it is.
	 */
	@SuppressWarnings("unchecked")
	protected List<String> seriousViolations() {
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		script.executeScript(axeSource());
		Object found = script.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then(function (result) {
				  done(result.violations
				    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
				    .map(function (v) {
				      return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 5).map(function (n) {
				        return n.target.join(' ') + ' ' + (n.any[0] ? n.any[0].message : '');
				      }).join(' | ');
				    }));
				}, function (error) { done(['axe failed: ' + error]); });""");
		return new ArrayList<>((List<String>) found);
	}

	private static String axeSource() {
		try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves a PNG of the whole page (not only the window) into
	 * {@code target/screenshots/<TestClass>-<name>.png}.
	 */
	protected Path screenshot(String name) {
		byte[] png = fullPagePng();
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png");
			Files.write(file, png);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] fullPagePng() {
		if (this.driver instanceof ChromeDriver chrome) {
			try {
				Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
				@SuppressWarnings("unchecked")
				Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
				// the scroll bar goes away while capturing, so take the window's full
				// width
				Number innerWidth = (Number) chrome.executeScript("return window.innerWidth;");
				double width = Math.max(((Number) size.get("width")).doubleValue(), innerWidth.doubleValue());
				Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height",
						((Number) size.get("height")).doubleValue(), "scale", 1);
				Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
						Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
				return Base64.getDecoder().decode((String) shot.get("data"));
			}
			catch (RuntimeException ex) {
				// fall back to the visible window
			}
		}
		return ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
	}

	private void deleteProfile() throws IOException {
		if (this.profile == null || !Files.exists(this.profile)) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
