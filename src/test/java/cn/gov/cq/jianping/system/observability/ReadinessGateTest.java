package cn.gov.cq.jianping.system.observability;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessGateTest {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final ReadinessGate gate = gate(this.availability);

	@Test
	void pagesAreRefusedWithRetryAfterUntilTheAppAcceptsTraffic() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicBoolean passed = new AtomicBoolean();
		this.gate.doFilter(new MockHttpServletRequest("GET", "/login"), response, (req, res) -> passed.set(true));
		assertThat(passed).isFalse();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains("系统正在启动");
	}

	@Test
	void pagesPassOnceTheAppAcceptsTraffic() throws Exception {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicBoolean passed = new AtomicBoolean();
		this.gate.doFilter(new MockHttpServletRequest("GET", "/login"), response, (req, res) -> passed.set(true));
		assertThat(passed).isTrue();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void pagesAreRefusedAgainWhenTheAppStopsAcceptingTraffic() throws Exception {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.gate.doFilter(new MockHttpServletRequest("GET", "/public/institutions"), response, (req, res) -> {
		});
		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void healthStaysReachableWhileStarting() throws Exception {
		AtomicBoolean passed = new AtomicBoolean();
		this.gate.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"),
				new MockHttpServletResponse(), (req, res) -> passed.set(true));
		assertThat(passed).isTrue();
	}

	private static ReadinessGate gate(ApplicationAvailability availability) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("availability", availability);
		return new ReadinessGate(beans.getBeanProvider(ApplicationAvailability.class));
	}

}
