package cn.gov.cq.jianping.system.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health for anyone (a load balancer), metrics only for operations: Prometheus shows HTTP
 * timings, the connection pool and failed logins to an authorised scraper and a 401 to
 * everyone else, business roles included (403).
 */
@IntegrationTest
class ActuatorIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void healthAndItsProbesArePublicAndUpOnceStarted() throws Exception {
		assertThat(get("/actuator/health", null).body()).contains("\"status\":\"UP\"").doesNotContain("components");
		assertThat(get("/actuator/health/readiness", null).body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(get("/actuator/health/liveness", null).body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void prometheusRefusesAnonymousScrapersWithoutRedirectingToTheLoginPage() throws Exception {
		HttpResponse<String> anonymous = get("/actuator/prometheus", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Location")).isEmpty();
		assertThat(anonymous.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(get("/actuator/prometheus", basic(operationsAccount(), "wrong")).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
	}

	@Test
	void businessRolesMayNotReadMetrics() throws Exception {
		for (String username : new String[] { "bureau", "center", "district", "expert1", "institution" }) {
			assertThat(get("/actuator/prometheus", basic(username, "Demo#2026")).statusCode()).as(username)
				.isEqualTo(403);
		}
	}

	@Test
	void prometheusShowsHttpTimingsPoolAndLoginFailuresToOperations() throws Exception {
		get("/login", null);
		loginFails();
		HttpResponse<String> scrape = get("/actuator/prometheus", basic(operationsAccount(), "Demo#2026"));
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("http_server_requests_seconds_count{")
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/login\"")
			.contains("hikaricp_connections_active")
			.containsPattern("jianping_login_failures_total\\{[^}]*reason=\"bad_credentials\"[^}]*} [1-9]");
	}

	@Test
	void prometheusShowsTheRunsOfTheScheduledJobs() throws Exception {
		// The cache-version poll runs every 200 ms; the other jobs by their cron.
		HttpResponse<String> scrape = get("/actuator/prometheus", basic(operationsAccount(), "Demo#2026"));
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).containsPattern(
				"tasks_scheduled_execution_seconds_count\\{[^}]*code_function=\"poll\"[^}]*outcome=\"SUCCESS\"[^}]*} [1-9]");
	}

	/** The operations account of the demo data: the system administrator once split. */
	private String operationsAccount() {
		return this.accounts.exists("sysadmin") ? "sysadmin" : "admin";
	}

	private void loginFails() throws Exception {
		HttpResponse<String> form = get("/login", null);
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String token = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> failed = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString("username=nobody-actuator-it&password=nothing&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(failed.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
