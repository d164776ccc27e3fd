package cn.gov.cq.jianping.system;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The database goes away under a running application (its connection is cut by a proxy)
 * and comes back: pages answer 503 系统维护中，请稍后再试 within the pool's few-second timeout, a
 * login is never answered 用户名或密码错误, and the application serves again on its own once the
 * database is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "jianping.demo=false", "jianping.captcha.enabled=false", "jianping.confirmation.cron=-" })
@AutoConfigureMockMvc
class DatabaseUnavailableTests {

	private static final EmbeddedPostgres postgres;

	private static final TcpProxy proxy;

	static {
		try {
			postgres = EmbeddedPostgresLauncher.start(Files.createTempDirectory("jianping-down-"), 0, true);
			proxy = new TcpProxy(postgres.getPort());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres?connectTimeout=3&socketTimeout=10");
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("jianping.crypto.key", () -> Base64.getEncoder().encodeToString(new byte[32]));
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		proxy.close();
		postgres.close();
	}

	@Autowired
	MockMvc mvc;

	@Test
	void theDatabaseDownPageIsA503AndTheApplicationRecovers() throws Exception {
		this.mvc.perform(get("/public/announcements")).andExpect(status().isOk());
		proxy.stop();
		try {
			long started = System.nanoTime();
			this.mvc.perform(get("/public/announcements"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().exists("Retry-After"))
				.andExpect(content().string(containsString("系统维护中，请稍后再试")));
			long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
			System.out.printf("database down: 503 after %d ms%n", waited);
			// a few seconds (the pool's 3 s), not the 30 s a request used to hang
			assertThat(waited).as("ms until the 503").isLessThan(10_000);
			MvcResult login = this.mvc
				.perform(post("/login").with(csrf()).param("username", "bureau").param("password", "Demo#2026"))
				.andExpect(status().isServiceUnavailable())
				.andReturn();
			assertThat(login.getResponse().getContentAsString()).contains("系统维护中，请稍后再试").doesNotContain("用户名或密码错误");
		}
		finally {
			proxy.start();
		}
		int status = 0;
		for (int attempt = 0; attempt < 20 && status != 200; attempt++) {
			status = this.mvc.perform(get("/public/announcements")).andReturn().getResponse().getStatus();
		}
		assertThat(status).as("served again once the database is back").isEqualTo(200);
	}

}
