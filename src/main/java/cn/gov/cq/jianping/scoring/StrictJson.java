package cn.gov.cq.jianping.scoring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON request bodies strictly: decimals stay exact, trailing tokens and duplicate
 * keys are refused, and every refusal is located by field for the {@code {"errors":[…]}}
 * answer.
 */
final class StrictJson {

	private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

	static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/** A body that could not be read, with the field to blame. */
	static final class Unreadable extends Exception {

		private static final long serialVersionUID = 1L;

		private final ApiErrors.FieldError error;

		Unreadable(ApiErrors.FieldError error) {
			super(error.message(), null, false, false);
			this.error = error;
		}

		ApiErrors.FieldError error() {
			return this.error;
		}

	}

	private StrictJson() {
	}

	/**
	 * Reads a body that must be a JSON object.
	 */
	static JsonNode readObject(String body) throws Unreadable {
		JsonNode root;
		try {
			root = (body == null || body.isBlank()) ? null : MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw new Unreadable(problem(ex));
		}
		if (root == null || !root.isObject()) {
			throw new Unreadable(new ApiErrors.FieldError("body", "请求体须为 JSON 对象"));
		}
		return root;
	}

	/**
	 * The field error for a JSON reading failure: a duplicate key names its path
	 * ({@code experts[1].criteria.L-01-1}), anything else blames the body.
	 */
	static ApiErrors.FieldError problem(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StreamReadException ex && ex.getOriginalMessage() != null) {
				Matcher matcher = DUPLICATE.matcher(ex.getOriginalMessage());
				if (matcher.find()) {
					String key = matcher.group(1);
					return new ApiErrors.FieldError(path(ex.processor(), key), "JSON 中的键“" + key + "”重复出现，每个键只能出现一次");
				}
			}
		}
		return new ApiErrors.FieldError("body", "请求体不是有效的 JSON");
	}

	private static String path(JsonParser parser, String key) {
		if (parser == null) {
			return key;
		}
		Deque<String> parts = new ArrayDeque<>();
		for (TokenStreamContext context = parser.streamReadContext(); context != null
				&& context.getParent() != null; context = context.getParent()) {
			TokenStreamContext parent = context.getParent();
			if (parent.inArray()) {
				parts.push("[" + parent.getCurrentIndex() + "]");
			}
			else if (parent.inObject() && parent.currentName() != null) {
				parts.push("." + parent.currentName());
			}
		}
		StringBuilder path = new StringBuilder();
		parts.forEach(path::append);
		path.append('.').append(key);
		return (path.charAt(0) == '.') ? path.substring(1) : path.toString();
	}

}
