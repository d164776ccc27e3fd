package cn.gov.cq.jianping.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the transcribed annexes ({@code rubrics/appraisal.json},
 * {@code rubrics/level.json}) that ship with the app, keeping every code as transcribed.
 */
public final class RubricJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private RubricJson() {
	}

	/** The classpath resource of a rubric's transcription. */
	public static String resourceOf(RubricCode code) {
		return "/rubrics/" + code.name().toLowerCase() + ".json";
	}

	public static RubricDefinition load(RubricCode code, int version) {
		return load(resourceOf(code), version);
	}

	public static RubricDefinition load(String resource, int version) {
		try (InputStream in = RubricJson.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing rubric resource " + resource);
			}
			return parse(MAPPER.readTree(in), version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static RubricDefinition parse(JsonNode root, int version) {
		List<CategoryDefinition> categories = new ArrayList<>();
		for (JsonNode category : root.required("categories")) {
			List<ItemDefinition> items = new ArrayList<>();
			for (JsonNode item : category.required("items")) {
				List<CriterionDefinition> criteria = new ArrayList<>();
				for (JsonNode criterion : item.required("criteria")) {
					criteria.add(new CriterionDefinition(criterion.required("code").asString(),
							criterion.required("text").asString()));
				}
				items.add(new ItemDefinition(item.required("code").asString(), item.required("name").asString(),
						item.required("points").decimalValue(), criteria));
			}
			categories.add(new CategoryDefinition(category.required("code").asString(),
					category.required("name").asString(), category.required("points").decimalValue(), items));
		}
		List<VetoDefinition> vetoes = new ArrayList<>();
		for (JsonNode veto : root.required("vetoItems")) {
			vetoes.add(new VetoDefinition(veto.required("code").asString(), veto.required("text").asString()));
		}
		return new RubricDefinition(RubricCode.valueOf(root.required("code").asString()), version,
				root.required("name").asString(), categories, vetoes);
	}

}
