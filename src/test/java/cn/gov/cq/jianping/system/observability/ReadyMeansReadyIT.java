package cn.gov.cq.jianping.system.observability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.JianpingApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer who logs in the moment the server answers (or a load balancer that sends
 * traffic the moment readiness says UP) finds the demo accounts there. The app is started
 * here, fresh, on an empty database, and watched from its first answer: until seeding is
 * done every page is 503 and readiness is not UP; the first 200 of the login page and the
 * first UP are each followed at once by a login that must succeed.
 */
class ReadyMeansReadyIT {

	private static final Duration STARTUP = Duration.ofMinutes(8);

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@Test
	void aLoginTriedTheMomentTheServerAnswersOrReadinessIsUpSucceeds() throws Exception {
		int port = freePort();
		CompletableFuture<ConfigurableApplicationContext> app = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(JianpingApplication.class).run("--server.port=" + port,
					"--jianping.embedded-db.temporary=true", "--jianping.demo=true", "--jianping.captcha.enabled=false",
					"--jianping.confirmation.cron=-"));
		List<String> seen = new ArrayList<>();
		try {
			long deadline = System.nanoTime() + STARTUP.toNanos();
			boolean loginPageAnswered = false;
			boolean readinessUp = false;
			while (!(loginPageAnswered && readinessUp)) {
				assertThat(System.nanoTime()).as("started within %s; seen %s", STARTUP, seen).isLessThan(deadline);
				if (app.isCompletedExceptionally()) {
					app.join();
				}
				Integer loginStatus = status(port, "/login");
				String readiness = body(port, "/actuator/health/readiness");
				if (loginStatus == null) {
					Thread.sleep(50);
					continue;
				}
				note(seen, "login " + loginStatus + ", readiness " + readiness);
				if (loginStatus == 200 && !loginPageAnswered) {
					loginPageAnswered = true;
					// district: an account whose password alone completes the login
					assertThat(logsIn(port, "district")).as("login right after the first 200; seen %s", seen)
						.isEqualTo("/home/district");
				}
				else if (loginStatus != 200) {
					assertThat(loginStatus).as("before ready the app refuses, never half-serves").isEqualTo(503);
				}
				if (readiness != null && readiness.contains("\"UP\"") && !readinessUp) {
					readinessUp = true;
					assertThat(logsIn(port, "expert1")).as("login right after readiness UP; seen %s", seen)
						.isEqualTo("/home/expert");
				}
				else if (readiness != null && !readinessUp) {
					assertThat(loginStatus).as("while not ready the pages refuse").isEqualTo(503);
				}
			}
			System.out.println("ReadyMeansReadyIT: answers seen while starting: " + seen);
		}
		finally {
			app.get(STARTUP.toSeconds(), TimeUnit.SECONDS).close();
		}
	}

	private static void note(List<String> seen, String observation) {
		if (seen.isEmpty() || !seen.get(seen.size() - 1).startsWith(observation)) {
			seen.add(observation);
		}
	}

	/**
	 * Where the login lands: a role's home on success, {@code /login?error} otherwise.
	 */
	private String logsIn(int port, String username) throws Exception {
		HttpResponse<String> form = this.http.send(HttpRequest.newBuilder(uri(port, "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String token = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(uri(port, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=Demo%232026&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("(no redirect: " + login.statusCode() + ")");
		return URI.create(location).getPath()
				+ (URI.create(location).getQuery() == null ? "" : "?" + URI.create(location).getQuery());
	}

	private Integer status(int port, String path) throws InterruptedException {
		HttpResponse<String> response = send(port, path);
		return response == null ? null : response.statusCode();
	}

	private String body(int port, String path) throws InterruptedException {
		HttpResponse<String> response = send(port, path);
		return response == null ? null : response.body();
	}

	private HttpResponse<String> send(int port, String path) throws InterruptedException {
		try {
			return this.http.send(HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			// refused or reset: the connector is not up yet, no answer
			return null;
		}
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
