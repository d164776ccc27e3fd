package cn.gov.cq.jianping.system.observability;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

	private final RequestIdFilter filter = new RequestIdFilter();

	@Test
	void anOfferedIdIsLoggedAndReturned() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
		request.addHeader("X-Request-Id", "lb-7f3a.42");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> logged = new AtomicReference<>();
		this.filter.doFilter(request, response, (req, res) -> logged.set(MDC.get("requestId")));
		assertThat(logged).hasValue("lb-7f3a.42");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("lb-7f3a.42");
		assertThat(MDC.get("requestId")).as("cleared after the request").isNull();
	}

	@Test
	void withoutAnIdOneIsMade() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> logged = new AtomicReference<>();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/"), response,
				(req, res) -> logged.set(MDC.get("requestId")));
		assertThat(logged.get()).matches("[0-9a-f-]{36}");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo(logged.get());
	}

	@Test
	void anIdThatCouldForgeLogLinesOrIsTooLongIsReplaced() {
		assertThat(RequestIdFilter.requestId("abc\nINFO forged")).matches("[0-9a-f-]{36}");
		assertThat(RequestIdFilter.requestId("x".repeat(65))).matches("[0-9a-f-]{36}");
		assertThat(RequestIdFilter.requestId("x".repeat(64))).isEqualTo("x".repeat(64));
		assertThat(RequestIdFilter.requestId("")).matches("[0-9a-f-]{36}");
	}

	@Test
	void aMadeIdIsARandomVersionFourUuidAndNeverRepeats() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String id = RequestIdFilter.randomId();
			UUID parsed = UUID.fromString(id);
			assertThat(parsed.version()).isEqualTo(4);
			assertThat(parsed.variant()).isEqualTo(2);
			assertThat(parsed.toString()).isEqualTo(id);
			seen.add(id);
		}
		assertThat(seen).hasSize(10_000);
	}

}
