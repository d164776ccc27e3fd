package cn.gov.cq.jianping.scoring;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.cq.jianping.rubric.RubricCatalog;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public preview API, called as an outsider would: no login, no CSRF token.
 */
@IntegrationTest
class ScoringPreviewApiTests {

	/** APPRAISAL items and their points: C1 10, C2 65, C3 20, C4 5. */
	private static final String[] APPRAISAL_ITEMS = { "A-01", "A-02", "A-03", "A-04", "A-05", "A-06", "A-07", "A-08",
			"A-09", "A-10", "A-11", "A-12", "A-13", "A-14", "A-15", "A-16", "A-17", "A-18", "A-19", "A-20", "A-21",
			"A-22" };

	@Autowired
	MockMvc mvc;

	@Autowired
	RubricCatalog catalog;

	private ResultActions preview(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/scoring/preview").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/**
	 * Full marks on every item, less {@code deficit} taken from the first item that can
	 * carry it.
	 */
	private String fullSheetMinus(String rubric, String deficit, String vetoes) {
		var definition = this.catalog.current(RubricCode.valueOf(rubric));
		BigDecimal left = new BigDecimal(deficit);
		StringBuilder items = new StringBuilder();
		for (var item : definition.items()) {
			BigDecimal points = item.points();
			BigDecimal taken = left.min(points);
			left = left.subtract(taken);
			if (items.length() > 0) {
				items.append(',');
			}
			items.append('"').append(item.code()).append("\":").append(points.subtract(taken).toPlainString());
		}
		return "{\"rubric\":\"" + rubric + "\",\"items\":{" + items + "},\"vetoes\":[" + vetoes + "]}";
	}

	static Stream<Arguments> boundaries() {
		return Stream.of(Arguments.of("0", "100", "EXCELLENT", "优秀"), Arguments.of("10", "90", "EXCELLENT", "优秀"),
				Arguments.of("10.01", "89.99", "QUALIFIED", "合格"), Arguments.of("25", "75", "QUALIFIED", "合格"),
				Arguments.of("25.01", "74.99", "BASIC", "基本合格"), Arguments.of("40", "60", "BASIC", "基本合格"),
				Arguments.of("40.01", "59.99", "UNQUALIFIED", "不合格"), Arguments.of("100", "0", "UNQUALIFIED", "不合格"));
	}

	@ParameterizedTest(name = "APPRAISAL 总分 {1} → {2}")
	@MethodSource("boundaries")
	void gradesEveryBoundaryExactlyForAppraisal(String deficit, String total, String grade, String label)
			throws Exception {
		preview(fullSheetMinus("APPRAISAL", deficit, "")).andExpect(status().isOk())
			.andExpect(jsonPath("$.rubric").value("APPRAISAL"))
			.andExpect(jsonPath("$.rubricVersion").value(1))
			.andExpect(content().string(containsString("\"total\":" + total + ",")))
			.andExpect(jsonPath("$.bandGrade").value(grade))
			.andExpect(jsonPath("$.grade").value(grade))
			.andExpect(jsonPath("$.gradeLabel").value(label))
			.andExpect(jsonPath("$.capped").value(false))
			.andExpect(jsonPath("$.complete").value(true))
			.andExpect(jsonPath("$.missingItems", empty()));
	}

	@ParameterizedTest(name = "LEVEL 总分 {1} → {2}")
	@MethodSource("boundaries")
	void gradesEveryBoundaryExactlyForLevel(String deficit, String total, String grade, String label) throws Exception {
		preview(fullSheetMinus("LEVEL", deficit, "")).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"total\":" + total + ",")))
			.andExpect(jsonPath("$.grade").value(grade))
			.andExpect(jsonPath("$.categories", hasSize(5)));
	}

	@Test
	void aBasicVetoCapsAnExcellentTotalAndSaysWhy() throws Exception {
		preview(fullSheetMinus("APPRAISAL", "8", "{\"code\":\"A-V03\",\"severity\":\"BASIC\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(92))
			.andExpect(jsonPath("$.bandGrade").value("EXCELLENT"))
			.andExpect(jsonPath("$.grade").value("BASIC"))
			.andExpect(jsonPath("$.gradeLabel").value("基本合格"))
			.andExpect(jsonPath("$.capped").value(true))
			.andExpect(jsonPath("$.explanation", hasItem(containsString("A-V03"))));
	}

	@Test
	void anUnqualifiedVetoWinsOverABasicOne() throws Exception {
		preview(fullSheetMinus("LEVEL", "0",
				"{\"code\":\"L-V01\",\"severity\":\"BASIC\"},{\"code\":\"L-V13\",\"severity\":\"UNQUALIFIED\"}"))
			.andExpect(jsonPath("$.grade").value("UNQUALIFIED"))
			.andExpect(jsonPath("$.capped").value(true));
	}

	@Test
	void aVetoNeverRaisesALowGrade() throws Exception {
		preview(fullSheetMinus("APPRAISAL", "45", "{\"code\":\"A-V01\",\"severity\":\"BASIC\"}"))
			.andExpect(jsonPath("$.total").value(55))
			.andExpect(jsonPath("$.grade").value("UNQUALIFIED"))
			.andExpect(jsonPath("$.capped").value(false));
	}

	@Test
	void missingItemsAreListedAndTheSheetIsIncomplete() throws Exception {
		preview("{\"rubric\":\"APPRAISAL\",\"items\":{\"A-01\":2,\"A-02\":3.5}}").andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5.5))
			.andExpect(jsonPath("$.complete").value(false))
			.andExpect(jsonPath("$.missingItems", hasSize(20)))
			.andExpect(jsonPath("$.missingItems[0]").value("A-03"))
			.andExpect(jsonPath("$.categories[0].code").value("C1"))
			.andExpect(jsonPath("$.categories[0].name").value("内部管理"))
			.andExpect(jsonPath("$.categories[0].score").value(5.5))
			.andExpect(jsonPath("$.categories[0].max").value(10));
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(Arguments.of("{\"rubric\":\"OTHER\",\"items\":{}}", "rubric"),
				Arguments.of("{\"items\":{}}", "rubric"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"items\":{\"A-99\":1}}", "items.A-99"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"items\":{\"L-01\":1}}", "items.L-01"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"items\":{\"A-01\":-0.5}}", "items.A-01"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"items\":{\"A-01\":2.01}}", "items.A-01"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"items\":{\"A-01\":1.255}}", "items.A-01"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"items\":{\"A-01\":\"2\"}}", "items.A-01"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"vetoes\":[{\"code\":\"L-V01\",\"severity\":\"BASIC\"}]}",
						"vetoes[0].code"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"vetoes\":[{\"code\":\"A-V77\",\"severity\":\"BASIC\"}]}",
						"vetoes[0].code"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"vetoes\":[{\"code\":\"A-V01\"}]}", "vetoes[0].severity"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"vetoes\":[{\"code\":\"A-V01\",\"severity\":\"SEVERE\"}]}",
						"vetoes[0].severity"),
				Arguments.of("{\"rubric\":\"APPRAISAL\",\"items\":{\"A-01\":2,}", "body"),
				Arguments.of("not json", "body"));
	}

	@ParameterizedTest(name = "{1}: {0}")
	@MethodSource("badRequests")
	void refusesBadInputWithAChineseMessageNamingTheField(String json, String field) throws Exception {
		preview(json).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.matchesPattern(".*[\\u4e00-\\u9fa5].*")));
	}

	@Test
	void readsNumbersAsDecimalsWithoutBinaryRounding() throws Exception {
		// 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
		preview("{\"rubric\":\"LEVEL\",\"items\":{\"L-01\":0.1,\"L-02\":0.2}}")
			.andExpect(content().string(containsString("\"total\":0.3,")));
	}

	@Test
	void theApiIsDescribedAsOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value("3.0.3"))
			.andExpect(jsonPath("$.paths['/api/v1/scoring/preview'].post").exists());
	}

	@Test
	void thePublicTrialPageListsEveryItemAndVetoWithoutLogin() throws Exception {
		this.mvc.perform(get("/scoring/preview").param("rubric", "APPRAISAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("评分试算")))
			.andExpect(content().string(containsString("id=\"item-A-22\"")))
			.andExpect(content().string(containsString("id=\"veto-A-V12\"")));
	}

}
