package cn.gov.cq.jianping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.cq.jianping.rubric.RubricCatalog;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public consolidation API, called as an outsider would: no login, no CSRF token.
 */
@IntegrationTest
class ScoringConsolidationApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CHINESE = ".*[\\u4e00-\\u9fa5].*";

	@Autowired
	MockMvc mvc;

	@Autowired
	RubricCatalog catalog;

	private ResultActions consolidate(String json) throws Exception {
		return this.mvc
			.perform(post("/api/v1/scoring/consolidate").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private RuleSet level() {
		return RuleSet.defaultFor(this.catalog.current(RubricCode.LEVEL));
	}

	/**
	 * LEVEL criteria: L-01-1/L-01-2 as given, the rest full marks less what brings the
	 * total down to it.
	 */
	private Map<String, BigDecimal> expert(String l011, String l012, String total) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		for (CriterionRule rule : level().rules()) {
			scores.put(rule.criterionCode(), rule.points());
		}
		scores.put("L-01-1", new BigDecimal(l011));
		scores.put("L-01-2", new BigDecimal(l012));
		BigDecimal deficit = scores.values()
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.subtract(new BigDecimal(total));
		List<String> codes = new ArrayList<>(scores.keySet());
		Collections.reverse(codes);
		for (String code : codes) {
			if (deficit.signum() == 0 || code.startsWith("L-01-")) {
				continue;
			}
			BigDecimal cut = deficit.min(scores.get(code));
			scores.put(code, scores.get(code).subtract(cut));
			deficit = deficit.subtract(cut);
		}
		return scores;
	}

	private static String request(String rubric, String method, List<Map<String, BigDecimal>> experts,
			Map<String, Object> extra) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("rubric", rubric);
		body.put("method", method);
		body.put("experts", experts.stream().map((e) -> Map.of("criteria", e)).toList());
		body.putAll(extra);
		return JSON.writeValueAsString(body);
	}

	private List<Map<String, BigDecimal>> ninetyEach() {
		return List.of(expert("1", "0.5", "90"), expert("0.5", "1", "90"), expert("0.5", "1", "90"));
	}

	@Test
	void threeExpertsAtNinetyStayExcellentAndTheAnswerHasTheDocumentedShape() throws Exception {
		consolidate(request("LEVEL", "MEAN", ninetyEach(), Map.of())).andExpect(status().isOk())
			.andExpect(jsonPath("$.rubric").value("LEVEL"))
			.andExpect(jsonPath("$.rubricVersion").isNumber())
			.andExpect(jsonPath("$.method").value("MEAN"))
			.andExpect(jsonPath("$.total").value(90))
			.andExpect(jsonPath("$.bandGrade").value("EXCELLENT"))
			.andExpect(jsonPath("$.grade").value("EXCELLENT"))
			.andExpect(jsonPath("$.gradeLabel").value("优秀"))
			.andExpect(jsonPath("$.capped").value(false))
			.andExpect(jsonPath("$.expertTotals", hasSize(3)))
			.andExpect(jsonPath("$.expertTotals[0]").value(90))
			.andExpect(jsonPath("$.criteria", hasSize(level().rules().size())))
			.andExpect(jsonPath("$.criteria[0].code").value("L-01-1"))
			.andExpect(jsonPath("$.criteria[0].max").value(1))
			.andExpect(jsonPath("$.criteria[0].score").value(0.66))
			.andExpect(jsonPath("$.criteria[0].min").value(0.5))
			.andExpect(jsonPath("$.criteria[0].maxGiven").value(1))
			.andExpect(jsonPath("$.criteria[0].spread").value(0.5))
			.andExpect(jsonPath("$.criteria[0].stdDev").value(0.24))
			.andExpect(jsonPath("$.criteria[1].score").value(0.83))
			.andExpect(jsonPath("$.explanation[0]").value(containsString("优秀")));
	}

	@Test
	void eightyNineNinetyNineWithTwoNinetiesStaysQualified() throws Exception {
		List<Map<String, BigDecimal>> experts = List.of(expert("1", "0.5", "89.99"), expert("0.5", "1", "90"),
				expert("0.5", "1", "90"));
		consolidate(request("LEVEL", "MEAN", experts, Map.of())).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(89.99))
			.andExpect(jsonPath("$.grade").value("QUALIFIED"))
			.andExpect(jsonPath("$.gradeLabel").value("合格"))
			.andExpect(jsonPath("$.expertTotals[0]").value(89.99));
	}

	@Test
	void omittedCriteriaScoreZeroAndAVetoCapsTheGrade() throws Exception {
		String body = "{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[{\"criteria\":{\"L-01-1\":1}},"
				+ "{\"criteria\":{}},{}],\"vetoes\":[{\"code\":\"L-V07\",\"severity\":\"UNQUALIFIED\"}]}";
		consolidate(body).andExpect(status().isOk())
			.andExpect(jsonPath("$.expertTotals[0]").value(1))
			.andExpect(jsonPath("$.expertTotals[1]").value(0))
			.andExpect(jsonPath("$.total").value(0.33))
			.andExpect(jsonPath("$.grade").value("UNQUALIFIED"));
	}

	@Test
	void trimmedMeanDropsTheHighestAndLowest() throws Exception {
		List<Map<String, BigDecimal>> experts = List.of(expert("0", "1", "80"), expert("0.5", "1", "80"),
				expert("1", "1", "80"), expert("1", "1", "80"), expert("1", "1", "80"));
		consolidate(request("LEVEL", "TRIMMED_MEAN", experts, Map.of())).andExpect(status().isOk())
			.andExpect(jsonPath("$.method").value("TRIMMED_MEAN"))
			.andExpect(jsonPath("$.criteria[0].score").value(0.83))
			.andExpect(jsonPath("$.total").value(80));
	}

	@Test
	void consensusOutsideTheRangeIsAcceptedWithAReasonAndListed() throws Exception {
		List<Map<String, BigDecimal>> experts = List.of(expert("0.5", "1", "80"), expert("0", "1", "80"),
				expert("0.5", "1", "80"));
		Map<String, BigDecimal> consensus = new LinkedHashMap<>(experts.get(0));
		consensus.put("L-01-1", BigDecimal.ONE);
		String withoutReason = request("LEVEL", "CONSENSUS", experts, Map.of("consensus", consensus));
		consolidate(withoutReason).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("reasons.L-01-1"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("L-01-1")));
		String withReason = request("LEVEL", "CONSENSUS", experts,
				Map.of("consensus", consensus, "reasons", Map.of("L-01-1", "现场复核台账后一致认定")));
		consolidate(withReason).andExpect(status().isOk())
			.andExpect(jsonPath("$.method").value("CONSENSUS"))
			.andExpect(jsonPath("$.total").value(80.5))
			.andExpect(jsonPath("$.consensusOutsideRange", hasSize(1)))
			.andExpect(jsonPath("$.consensusOutsideRange[0].code").value("L-01-1"))
			.andExpect(jsonPath("$.consensusOutsideRange[0].consensus").value(1))
			.andExpect(jsonPath("$.consensusOutsideRange[0].min").value(0))
			.andExpect(jsonPath("$.consensusOutsideRange[0].maxGiven").value(0.5))
			.andExpect(jsonPath("$.consensusOutsideRange[0].reason").value("现场复核台账后一致认定"));
	}

	static Stream<Arguments> badRequests() {
		String one = "{\"criteria\":{}}";
		String three = one + "," + one + "," + one;
		return Stream.of(
				Arguments.of("{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[" + one + "," + one + "]}",
						"experts"),
				Arguments.of("{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":["
						+ String.join(",", Collections.nCopies(16, one)) + "]}", "experts"),
				Arguments.of(
						"{\"rubric\":\"LEVEL\",\"method\":\"TRIMMED_MEAN\",\"experts\":[" + three + "," + one + "]}",
						"experts"),
				Arguments.of("{\"rubric\":\"LEVEL\",\"method\":\"MEDIAN\",\"experts\":[" + three + "]}", "method"),
				Arguments.of("{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[" + one
						+ ",{\"criteria\":{\"L-99-9\":1}}," + one + "]}", "experts[1].criteria.L-99-9"),
				Arguments.of("{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[" + one
						+ ",{\"criteria\":{\"A-01-1\":1}}," + one + "]}", "experts[1].criteria.A-01-1"),
				Arguments.of("{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[{\"criteria\":{\"L-01-1\":-0.5}},"
						+ one + "," + one + "]}", "experts[0].criteria.L-01-1"),
				Arguments.of("{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[" + one + "," + one
						+ ",{\"criteria\":{\"L-01-1\":1.5}}]}", "experts[2].criteria.L-01-1"),
				Arguments.of("{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[" + one
						+ ",{\"criteria\":{\"L-01-1\":0.505}}," + one + "]}", "experts[1].criteria.L-01-1"),
				Arguments.of(
						"{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[" + one
								+ ",{\"criteria\":{\"L-01-1\":1,\"L-01-1\":0.5}}," + one + "]}",
						"experts[1].criteria.L-01-1"),
				Arguments.of("{\"rubric\":\"LEVEL\",\"rubric\":\"APPRAISAL\",\"method\":\"MEAN\",\"experts\":[" + three
						+ "]}", "rubric"),
				Arguments.of("{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[" + three + "],\"consensus\":{}}",
						"consensus"),
				Arguments.of("{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[" + three + "]", "body"),
				Arguments.of("not json", "body"), Arguments.of("[]", "body"));
	}

	@ParameterizedTest(name = "{1}: {0}")
	@MethodSource("badRequests")
	void refusesBadInputWithAChineseMessageNamingTheField(String json, String field) throws Exception {
		consolidate(json).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(matchesPattern(CHINESE)));
	}

	@Test
	void otherRubricCodesAreNamedAsSuch() throws Exception {
		consolidate("{\"rubric\":\"LEVEL\",\"method\":\"MEAN\",\"experts\":[{\"criteria\":{\"A-01-1\":1}},{},{}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("属于评分标准 APPRAISAL")));
	}

	@Test
	void consensusNeedsAScoreForEveryCriterion() throws Exception {
		String body = "{\"rubric\":\"LEVEL\",\"method\":\"CONSENSUS\",\"experts\":[{},{},{}],\"consensus\":{\"L-01-1\":0}}";
		consolidate(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(level().rules().size() - 1)))
			.andExpect(jsonPath("$.errors[*].field", hasItem("consensus.L-01-2")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("须填写组长合议分")));
	}

	@Test
	void consensusAboveTheExpertsRangeWithoutReasonIsRefusedNamingTheCriterion() throws Exception {
		Map<String, BigDecimal> zeros = new LinkedHashMap<>();
		level().rules().forEach((rule) -> zeros.put(rule.criterionCode(), BigDecimal.ZERO));
		Map<String, BigDecimal> consensus = new LinkedHashMap<>(zeros);
		consensus.put("L-05-1", BigDecimal.ONE);
		consolidate(request("LEVEL", "CONSENSUS", List.of(zeros, zeros, zeros), Map.of("consensus", consensus)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("reasons.L-05-1"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("细则 L-05-1")));
	}

	@Test
	void thePreviewRefusesDuplicateKeysToo() throws Exception {
		this.mvc
			.perform(post("/api/v1/scoring/preview").contentType(MediaType.APPLICATION_JSON)
				.content("{\"rubric\":\"LEVEL\",\"items\":{\"L-01\":2,\"L-01\":0}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items.L-01"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("重复")));
	}

	@Test
	void theApiIsStatelessAndNeedsNoCsrfToken() throws Exception {
		// like the preview: no login, no CSRF token, and no session is made for the
		// caller
		for (String body : List.of(request("LEVEL", "MEAN", ninetyEach(), Map.of()), "not json")) {
			var answer = consolidate(body).andReturn();
			assertThat(answer.getResponse().getStatus()).isIn(200, 400);
			assertThat(answer.getRequest().getSession(false)).isNull();
			assertThat(answer.getResponse().getHeader("Set-Cookie")).isNull();
		}
	}

	@Test
	void theApiIsDescribedAsOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/scoring/consolidate'].post").exists());
	}

}
