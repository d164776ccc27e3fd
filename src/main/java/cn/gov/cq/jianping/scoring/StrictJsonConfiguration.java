package cn.gov.cq.jianping.scoring;

import java.util.List;

import tools.jackson.core.StreamReadFeature;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Duplicate keys in any JSON request are refused (issue 10): the application's JSON
 * mapper detects them strictly, and an unreadable JSON body anywhere is answered with a
 * 400 naming the key, in the {@code {"errors":[{"field","message"}]}} shape of the public
 * APIs.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictDuplicateDetection() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	/** Applies to every controller, after the modules' own advice. */
	@RestControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class UnreadableJsonAdvice {

		@ExceptionHandler(HttpMessageNotReadableException.class)
		ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException ex) {
			return ApiErrors.badRequest(List.of(StrictJson.problem(ex)));
		}

	}

}
