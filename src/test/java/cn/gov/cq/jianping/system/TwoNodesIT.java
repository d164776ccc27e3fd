package cn.gov.cq.jianping.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import cn.gov.cq.jianping.JianpingApplication;
import cn.gov.cq.jianping.publicity.GradeLookup;
import cn.gov.cq.jianping.support.LoginCaptcha;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two application nodes, each its own Spring context on a random port, on one PostgreSQL
 * server: a session made on one is honoured by the other (same cookie, its CSRF token
 * accepted), a lockout earned on one holds on the other, a grade confirmed through one is
 * in the other's cached lookup within a second, a scheduled job fires on exactly one node
 * per tick, and a node without the shared key refuses to start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String key = newKey();

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@BeforeAll
	void startTwoNodes() throws IOException {
		this.postgres = EmbeddedPostgresLauncher.start(Files.createTempDirectory("jianping-nodes-"), 0, true);
		// Both at once, as two containers start together: Flyway's lock lets one migrate
		// while the other waits, and the demo data is loaded by one of them only.
		CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> node("a", this.key));
		CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> node("b", this.key));
		try {
			this.nodeA = a.join();
		}
		finally {
			this.nodeB = b.join();
		}
	}

	@Test
	void twoNodesStartedTogetherMigrateOnceAndLoadTheDemoDataOnce() {
		JdbcTemplate jdbc = this.nodeB.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForList("""
				select version from flyway_schema_history where version is not null
				group by version having count(*) > 1""", String.class)).as("migrations applied twice").isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from user_account where username in ('sysadmin', 'bureau')",
				Integer.class))
			.isEqualTo(2);
	}

	@AfterAll
	void stop() throws IOException {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { this.nodeB, this.nodeA }) {
			if (node != null) {
				node.close();
			}
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void aSessionMadeOnOneNodeIsHonouredByTheOtherWithItsCsrfToken() throws Exception {
		// an account without the 动态口令 step: the password alone completes its login
		String session = login(this.nodeA, "institution", "Demo#2026");
		assertThat(session).isNotNull();
		HttpResponse<String> home = get(this.nodeB, "/home/institution", session);
		assertThat(home.statusCode()).as("B honours A's session").isEqualTo(200);
		String token = csrf(get(this.nodeA, "/home/institution", session).body());
		HttpResponse<String> logout = post(this.nodeB, "/logout", session, Map.of("_csrf", token));
		assertThat(logout.statusCode()).as("B accepts A's CSRF token").isEqualTo(302);
		assertThat(logout.headers().firstValue("Location").orElse("")).contains("/login");
		assertThat(get(this.nodeA, "/home/institution", session).statusCode()).as("logged out on both").isEqualTo(302);
	}

	@Test
	void aLockoutEarnedOnOneNodeHoldsOnTheOther() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(loginLocation(this.nodeA, "expert3", "wrong-password-" + i)).doesNotContain("/home");
		}
		// then the 验证码: the image from B, the answer checked on A (one session in
		// PostgreSQL)
		for (int i = 3; i < 5; i++) {
			assertThat(loginLocation(this.nodeB, this.nodeA, "expert3", "wrong-password-" + i)).doesNotContain("/home");
		}
		assertThat(this.nodeA.getBean(JdbcTemplate.class)
			.queryForObject("select locked_until is not null from user_account where username = 'expert3'",
					Boolean.class))
			.as("locked by the answered tries")
			.isTrue();
		assertThat(loginLocation(this.nodeA, this.nodeB, "expert3", "Demo#2026")).as("locked on B too")
			.doesNotContain("/home");
	}

	@Test
	void aGradeConfirmedThroughOneNodeIsInTheOthersCachedLookupWithinASecond() throws Exception {
		JdbcTemplate jdbcA = this.nodeA.getBean(JdbcTemplate.class);
		GradeLookup lookupB = this.nodeB.getBean(GradeLookup.class);
		Map<String, Object> institution = jdbcA
			.queryForMap("select id, credit_code, name, type from institution order by id limit 1");
		String creditCode = (String) institution.get("credit_code");
		long before = lookupB.search(creditCode, null, null, null, 2031, 0, 20).total();
		assertThat(lookupB.search(creditCode, null, null, null, 2031, 0, 20).total()).isEqualTo(before);
		long confirmedAt = System.nanoTime();
		jdbcA.update("""
				insert into confirmed_grade (source, institution_id, credit_code, institution_name, institution_type,
				    grade, round_year, confirmed_at, latest)
				values ('DOWNGRADE', ?, ?, ?, ?, 'QUALIFIED', 2031, now(), false)""", institution.get("id"), creditCode,
				institution.get("name"), institution.get("type"));
		long seenAfter = -1;
		while (System.nanoTime() - confirmedAt < Duration.ofSeconds(5).toNanos()) {
			if (lookupB.search(creditCode, null, null, null, 2031, 0, 20).total() > before) {
				seenAfter = Duration.ofNanos(System.nanoTime() - confirmedAt).toMillis();
				break;
			}
			Thread.sleep(20);
		}
		System.out.println("grade confirmed on A visible in B's cached lookup after " + seenAfter + " ms");
		assertThat(seenAfter).as("visible on B").isGreaterThanOrEqualTo(0).isLessThan(1000);
	}

	@Test
	void aScheduledJobFiresOnExactlyOneNodePerTick() throws Exception {
		JdbcTemplate jdbc = this.nodeA.getBean(JdbcTemplate.class);
		// Both nodes fire the confirmation job every second (node properties); each
		// firing is claimed by one node (job_claim's key), and the claim commits with the
		// run. Runs are counted over the window rather than per second of ran_at: under
		// load a run claimed for one second records ran_at in the next.
		Timestamp from = Timestamp.from(Instant.now());
		Thread.sleep(4000);
		Timestamp to = Timestamp.from(Instant.now());
		List<Map<String, Object>> ticks = jdbc.queryForList("""
				select date_trunc('second', ran_at) as tick, count(*) as runs from job_run
				where job_name = 'confirm-grades' and ran_at between ? and ? group by 1 order by 1""", from, to);
		System.out.println("confirmation job runs per second: " + ticks);
		Integer runs = jdbc.queryForObject(
				"select count(*) from job_run where job_name = 'confirm-grades' and ran_at between ? and ?",
				Integer.class, from, to);
		long seconds = Duration.between(from.toInstant(), to.toInstant()).toSeconds();
		// two nodes each running every second would give about twice as many
		assertThat(runs).as("runs in %d s", seconds).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo((int) seconds + 1);
		Integer claims = jdbc.queryForObject("select count(*) from job_claim where job_name = 'confirm-grades'",
				Integer.class);
		Integer allRuns = jdbc.queryForObject("select count(*) from job_run where job_name = 'confirm-grades'",
				Integer.class);
		assertThat(allRuns).as("every run was claimed by one node").isLessThanOrEqualTo(claims);
	}

	@Test
	void theObjectionLimitIsCountedAcrossNodesForTheCitizensForwardedAddress() throws Exception {
		// Both nodes sit behind one proxy (here: the test, on the loopback address Tomcat
		// trusts); the limit is per citizen, taken from X-Forwarded-For, and counted in
		// PostgreSQL, so the sixth objection within ten minutes is refused whichever node
		// takes it, while another citizen behind the same proxy is not affected.
		HttpResponse<String> page = get(this.nodeA, "/login", null);
		String session = sessionCookie(page, null);
		String token = csrf(page.body());
		String citizen = "203.0.113." + (1 + new SecureRandom().nextInt(250));
		for (int i = 0; i < 5; i++) {
			ConfigurableApplicationContext node = (i % 2 == 0) ? this.nodeA : this.nodeB;
			assertThat(postFrom(node, citizen, session, token).statusCode()).as("objection %d", i + 1).isEqualTo(200);
		}
		HttpResponse<String> sixth = postFrom(this.nodeB, citizen, session, token);
		assertThat(sixth.statusCode()).as("sixth objection from the same citizen, other node").isEqualTo(429);
		assertThat(sixth.body()).contains("提交过于频繁，请稍后再试");
		assertThat(postFrom(this.nodeA, "198.51.100.7", session, token).statusCode())
			.as("another citizen behind the same proxy")
			.isEqualTo(200);
	}

	private HttpResponse<String> postFrom(ConfigurableApplicationContext node, String forwardedFor, String session,
			String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(node, "/public/objections"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", forwardedFor)
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aSecondNodeWithoutTheSharedKeyRefusesToStart() {
		assertThatThrownBy(() -> node("c", "")).hasStackTraceContaining("JIANPING_CRYPTO_KEY");
	}

	private ConfigurableApplicationContext node(String name, String cryptoKey) {
		// Arguments, not default properties: application.properties would win over those.
		return new SpringApplicationBuilder(JianpingApplication.class).run("--server.port=0",
				"--spring.application.name=jianping-" + name,
				"--spring.datasource.url=jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres",
				"--spring.datasource.username=postgres", "--jianping.crypto.key=" + cryptoKey, "--jianping.demo=true",
				"--jianping.captcha.enabled=false", "--jianping.confirmation.cron=* * * * * *",
				"--jianping.embedded-db.data-dir=" + System.getProperty("java.io.tmpdir") + "/jianping-node-" + name);
	}

	private String login(ConfigurableApplicationContext node, String username, String password) throws Exception {
		HttpResponse<String> page = get(node, "/login", null);
		String session = sessionCookie(page, null);
		HttpResponse<String> answer = post(node, "/login", session,
				Map.of("username", username, "password", password, "_csrf", csrf(page.body())));
		return sessionCookie(answer, session);
	}

	private String loginLocation(ConfigurableApplicationContext node, String username, String password)
			throws Exception {
		return loginLocation(null, node, username, password);
	}

	/**
	 * The login form posted to one node, with the 验证码 of an image from another (none when
	 * {@code imageNode} is null).
	 */
	private String loginLocation(ConfigurableApplicationContext imageNode, ConfigurableApplicationContext node,
			String username, String password) throws Exception {
		HttpResponse<String> page = get(node, "/login", null);
		String session = sessionCookie(page, null);
		Map<String, String> form = new LinkedHashMap<>(
				Map.of("username", username, "password", password, "_csrf", csrf(page.body())));
		if (imageNode != null) {
			assertThat(get(imageNode, "/login/captcha.png", session).statusCode()).isEqualTo(200);
			form.put("captcha",
					LoginCaptcha.answerIn(imageNode.getBean(SessionRepository.class), new Cookie("SESSION", session)));
		}
		HttpResponse<String> answer = post(node, "/login", session, form);
		return answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("");
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String session,
			Map<String, String> form) throws Exception {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http" + "://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

	private static String sessionCookie(HttpResponse<?> response, String current) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			if (cookie.startsWith("SESSION=")) {
				String value = cookie.substring("SESSION=".length(), cookie.indexOf(';'));
				return value.isEmpty() ? null : value;
			}
		}
		return current;
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return matcher.group(1).replace("&#45;", "-");
	}

	private static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
