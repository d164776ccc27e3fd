package cn.gov.cq.jianping.system.observability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JIANPING_LOG_FORMAT=ecs|logstash switches the console to Boot's structured (JSON)
 * logging, and a line logged while a request is handled carries that request's id.
 */
class StructuredLogTests {

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash" })
	void aStructuredLogLineCarriesTheRequestId(String format) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Logger logger = structuredLogger(format, out);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/grades");
		request.addHeader(RequestIdFilter.HEADER, "lb-7f3a.42");
		new RequestIdFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> logger.info("查询等级公示"));
		logger.info("请求之外");
		String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).startsWith("{")
			.endsWith("}")
			.contains("\"requestId\":\"lb-7f3a.42\"")
			.contains("\"message\":\"查询等级公示\"");
		assertThat(lines[1]).as("no id outside a request").contains("请求之外").doesNotContain("requestId");
	}

	@Test
	void theEnvironmentVariableChoosesTheFormatAndPlainTextIsTheDefault() throws IOException {
		assertThat(consoleFormat(Map.of("JIANPING_LOG_FORMAT", "ecs"))).isEqualTo("ecs");
		assertThat(consoleFormat(Map.of("JIANPING_LOG_FORMAT", "logstash"))).isEqualTo("logstash");
		assertThat(consoleFormat(Map.of())).isEmpty();
	}

	private static String consoleFormat(Map<String, Object> variables) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
		new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
			.forEach(environment.getPropertySources()::addLast);
		return environment.getProperty("logging.structured.format.console");
	}

	private static Logger structuredLogger(String format, ByteArrayOutputStream out) {
		LoggerContext context = new LoggerContext();
		// The MDC that RequestIdFilter writes to, as in the running application.
		context.setMDCAdapter(MDC.getMDCAdapter());
		context.putObject(Environment.class.getName(), new MockEnvironment());
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat(format);
		encoder.start();
		OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
		appender.setContext(context);
		appender.setEncoder(encoder);
		appender.setOutputStream(out);
		appender.start();
		Logger logger = context.getLogger("cn.gov.cq.jianping.test");
		logger.addAppender(appender);
		return logger;
	}

}
