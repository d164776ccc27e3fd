package cn.gov.cq.jianping.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationJourney;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.EvidenceFiles;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.Panels;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case pages against a round of their own: sheets by rule type, drafts and
 * submission, errors kept beside their criterion, data scope (404), evidence files and
 * the experts' independence.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationJourney journey;

	@Autowired
	ExpertPool pool;

	@Autowired
	CaseQueries queries;

	@Autowired
	Panels panels;

	@Autowired
	EvidenceFiles evidenceFiles;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	RuleSets ruleSets;

	CaseFixture fixture;

	/** LEVEL in Yubei: only looked at and drafted on, never submitted. */
	long viewInstitution;

	long viewCase;

	/** LEVEL in Yubei: drafted, then submitted to the district. */
	long submitInstitution;

	long submitCase;

	/** LEVEL in Yuzhong: another district's, another institution's case. */
	long otherInstitution;

	long otherCase;

	/**
	 * APPRAISAL (city): self submitted, with experts 1–3 on its panel; nobody declares in
	 * advance.
	 */
	long panelCase;

	/** APPRAISAL (city): experts 2 and 3 score; expert 3 has not submitted. */
	long independenceCase;

	@BeforeAll
	void buildRound() {
		this.fixture = new CaseFixture(this.queries, this.pool, this.journey, this.rounds, this.registry,
				this.ruleSets);
		this.viewInstitution = this.fixture.institution("查看", InstitutionType.LEVEL, CaseFixture.YUBEI);
		this.submitInstitution = this.fixture.institution("提交", InstitutionType.LEVEL, CaseFixture.YUBEI);
		this.otherInstitution = this.fixture.institution("他区", InstitutionType.LEVEL, CaseFixture.YUZHONG);
		long panelInstitution = this.fixture.institution("专家组", InstitutionType.APPRAISAL, null);
		long independenceInstitution = this.fixture.institution("独立评分", InstitutionType.APPRAISAL, null);
		this.fixture.launchRound();
		this.viewCase = this.fixture.caseOf(this.viewInstitution);
		this.submitCase = this.fixture.caseOf(this.submitInstitution);
		this.otherCase = this.fixture.caseOf(this.otherInstitution);
		this.panelCase = this.fixture.caseOf(panelInstitution);
		this.independenceCase = this.fixture.caseOf(independenceInstitution);
		List<Long> experts = this.fixture.experts("expert1", "expert2", "expert3");
		for (long caseId : List.of(this.panelCase, this.independenceCase)) {
			this.fixture.submitSelf(caseId, caseId == this.panelCase ? panelInstitution : independenceInstitution);
			this.panels.formPanel(CaseFixture.CENTER, caseId, experts, experts.get(1), LocalDate.now());
		}
		this.fixture.expertScores(this.independenceCase, "expert2", "专家二独有的现场记录甲乙丙", true);
		this.fixture.expertScores(this.independenceCase, "expert3", "专家三的草稿记录", false);
	}

	@Test
	void theCaseListAndPageShowTheCaseWithItsTimeline() throws Exception {
		this.mvc.perform(get("/cases").with(Users.institution(this.viewInstitution)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cases/" + this.viewCase)))
			.andExpect(content().string(not(containsString("/cases/" + this.otherCase + "\""))));
		this.mvc.perform(get("/cases/{id}", this.viewCase).with(Users.institution(this.viewInstitution)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("填写自评")))
			.andExpect(content().string(containsString("评估批次启动")))
			.andExpect(content().string(containsString("id=\"case-actions-org\"")));
	}

	@Test
	void theSelfPageHasTheWidgetOfEachRuleType() throws Exception {
		this.mvc.perform(get("/cases/{id}/self", this.viewCase).with(Users.institution(this.viewInstitution)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"c[L-01-1].value\""),
					containsString("name=\"c[L-01-2].met\""), containsString("<option value=\"true\">符合</option>"),
					containsString("name=\"c[L-02-1].count\""), containsString("发生次数"),
					containsString("name=\"c[L-02-2].count\""), containsString("经核实的记录数"),
					containsString("name=\"c[L-02-3].numerator\""), containsString("回退批次"), containsString("总批次"),
					containsString("name=\"c[L-02-4].denominator\""), containsString("实际人数"), containsString("计划人数"),
					containsString("name=\"c[L-01-1].note\""))))
			.andExpect(content().string(allOf(containsString("申报否定评判情形"),
					containsString("name=\"veto[L-V01].declared\""), containsString("name=\"veto[L-V01].reason\""),
					containsString("id=\"live-result\""), containsString("data-confirm=\"提交后自评表不可修改，确定提交吗？\""))));
	}

	@Test
	void theLivePreviewScoresWithoutSaving() throws Exception {
		this.mvc
			.perform(post("/cases/{id}/self/preview", this.viewCase).with(Users.institution(this.viewInstitution))
				.with(csrf())
				.param("c[L-01-1].value", "1")
				.param("c[L-01-2].met", "true")
				.param("c[L-02-1].count", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"live-total\">2.5<"),
					containsString("id=\"cs-L-02-1\""), containsString("得分 0.5"))));
		assertThat(this.fixture.detail(this.viewCase).sheet(SheetKind.SELF)).isNull();
	}

	@Test
	void aBadNumberIsReportedBesideItsCriterionAndNothingTypedIsLost() throws Exception {
		this.mvc
			.perform(post("/cases/{id}/self", this.viewCase).with(Users.institution(this.viewInstitution))
				.with(csrf())
				.param("c[L-01-1].value", "1,5x")
				.param("c[L-01-1].note", "岗位设置说明保留")
				.param("c[L-02-3].numerator", "3")
				.param("c[L-02-3].denominator", "十")
				.param("veto[L-V02].declared", "true")
				.param("veto[L-V02].reason", "申报理由保留"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString(
							"<div id=\"err-L-01-1\" class=\"jp-row-error text-danger small\">得分“1,5x”不是有效的数字</div>"),
					containsString(
							"<div id=\"err-L-02-3\" class=\"jp-row-error text-danger small\">分母“十”不是有效的数字</div>"),
					containsString("value=\"1,5x\""), containsString("岗位设置说明保留</textarea>"),
					containsString("value=\"3\""), containsString("value=\"十\""), containsString("value=\"申报理由保留\""),
					containsString("name=\"veto[L-V02].declared\" checked=\"checked\""))));
		// A value the rule refuses comes back from the service, also beside its
		// criterion.
		this.mvc
			.perform(post("/cases/{id}/self", this.viewCase).with(Users.institution(this.viewInstitution))
				.with(csrf())
				.param("c[L-01-1].value", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<div id=\"err-L-01-1\" class=\"jp-row-error text-danger small\">细则 L-01-1 得分 9 超过本细则满分")))
			.andExpect(content().string(containsString("value=\"9\"")));
		assertThat(this.fixture.detail(this.viewCase).sheet(SheetKind.SELF)).isNull();
	}

	@Test
	void afterAFailedSaveTheCountItemStatesAndLiveTotalStayTrue() throws Exception {
		String page = this.mvc
			.perform(post("/cases/{id}/self", this.viewCase).with(Users.institution(this.viewInstitution))
				.with(csrf())
				.param("c[L-01-1].value", "1,5x")
				.param("c[L-01-2].met", "true")
				.param("c[L-02-1].count", "两个")
				.param("c[L-02-3].numerator", "3")
				.param("c[L-02-3].denominator", "十"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// issue 14: three wrong items are three, not "共 1 处"
		assertThat(page).contains("共 3 处");
		for (String code : List.of("L-01-1", "L-02-1", "L-02-3")) {
			assertThat(rowError(page, code)).as(code).isNotBlank();
		}
		assertThat(rowError(page, "L-01-2")).isBlank();
		// the valid item keeps its score instead of turning to 未评, and the live total
		// stays visible
		assertThat(itemState(page, "L-01-2")).startsWith("得分");
		assertThat(page).contains("id=\"live-total\"");
		assertThat(this.fixture.detail(this.viewCase).sheet(SheetKind.SELF)).isNull();
	}

	private static String rowError(String page, String code) {
		Matcher m = Pattern.compile("<div id=\"err-" + Pattern.quote(code) + "\"[^>]*>([^<]*)</div>").matcher(page);
		assertThat(m.find()).as("error slot of " + code).isTrue();
		return m.group(1);
	}

	private static String itemState(String page, String code) {
		Matcher m = Pattern.compile("id=\"cs-" + Pattern.quote(code) + "\"[^>]*>([^<]*)<").matcher(page);
		assertThat(m.find()).as("state of " + code).isTrue();
		return m.group(1).trim();
	}

	@Test
	void aDraftIsSavedThenSubmittedAndTheSheetBecomesReadOnly() throws Exception {
		MultiValueMap<String, String> sheet = CaseFixture.fullMarksForm(this.fixture.detail(this.submitCase).ruleSet());
		sheet.set("c[L-01-1].value", "0.5");
		sheet.add("c[L-01-1].note", "只有部分岗位配备人员");
		this.mvc
			.perform(post("/cases/{id}/self", this.submitCase).with(Users.institution(this.submitInstitution))
				.with(csrf())
				.params(sheet))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + this.submitCase + "/self"))
			.andExpect(flash().attribute("message", "自评已暂存"));
		CaseViews.SheetView draft = this.fixture.detail(this.submitCase).sheet(SheetKind.SELF);
		assertThat(draft.submitted()).isFalse();
		assertThat(draft.entries().get("L-01-1").note()).isEqualTo("只有部分岗位配备人员");
		this.mvc.perform(get("/cases/{id}/self", this.submitCase).with(Users.institution(this.submitInstitution)))
			.andExpect(content().string(allOf(containsString("只有部分岗位配备人员"), containsString("id=\"sheet-save\""))));

		sheet.set("version", Long.toString(draft.version()));
		this.mvc
			.perform(post("/cases/{id}/self/submit", this.submitCase).with(Users.institution(this.submitInstitution))
				.with(csrf())
				.params(sheet))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + this.submitCase));
		CaseViews.CaseDetail detail = this.fixture.detail(this.submitCase);
		assertThat(detail.summary().stage()).isEqualTo(CaseStage.DISTRICT_REVIEW);
		assertThat(detail.sheet(SheetKind.SELF).submitted()).isTrue();
		this.mvc.perform(get("/cases/{id}/self", this.submitCase).with(Users.institution(this.submitInstitution)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"read-only-note\""), containsString("不可修改"),
					not(containsString("id=\"sheet-save\"")), not(containsString("hx-post")))));
		// The district now reviews it, beside the self-assessment.
		this.mvc.perform(get("/cases/{id}/district", this.submitCase).with(Users.district(CaseFixture.YUBEI)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"c[L-01].value\""), containsString("自评 1.5"),
					containsString("报送中心"), containsString("退回机构"))));
		// The district saves a draft; a stale version is then refused and what was typed
		// stays.
		this.mvc
			.perform(post("/cases/{id}/district", this.submitCase).with(Users.district(CaseFixture.YUBEI))
				.with(csrf())
				.param("c[L-01].value", "1.5")
				.param("c[L-01].note", "初评意见第一稿"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "初评意见已暂存"));
		this.mvc
			.perform(post("/cases/{id}/district", this.submitCase).with(Users.district(CaseFixture.YUBEI))
				.with(csrf())
				.param("c[L-01].value", "1")
				.param("c[L-01].note", "初评意见保留")
				.param("version", "99"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已被他人修改，请刷新后重试"), containsString("初评意见保留</textarea>"))));
		assertThat(this.fixture.detail(this.submitCase).sheet(SheetKind.DISTRICT).entries().get("L-01").note())
			.isEqualTo("初评意见第一稿");
	}

	@Test
	void anInstitutionCannotReachAnotherInstitutionsCaseSheetOrFile() throws Exception {
		long fileId = this.evidenceFiles.addEvidence(CaseFixture.institution(this.viewInstitution), this.viewCase,
				SheetKind.SELF, "制度汇编.pdf", "%PDF-1.4\n% scope test\n".getBytes(StandardCharsets.US_ASCII));
		var other = Users.institution(this.otherInstitution);
		this.mvc.perform(get("/cases/{id}", this.viewCase).with(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/{id}/self", this.viewCase).with(other)).andExpect(status().isNotFound());
		this.mvc.perform(post("/cases/{id}/self", this.viewCase).with(other).with(csrf()).param("c[L-01-1].value", "1"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evidence/{id}", fileId).with(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/evidence/{id}", fileId).with(Users.institution(this.viewInstitution)))
			.andExpect(status().isOk());
	}

	@Test
	void aDistrictCannotReachAnotherDistrictsCase() throws Exception {
		this.mvc.perform(get("/cases/{id}", this.otherCase).with(Users.district(CaseFixture.YUZHONG)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/cases/{id}", this.otherCase).with(Users.district(CaseFixture.YUBEI)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/{id}/district", this.otherCase).with(Users.district(CaseFixture.YUBEI)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUploadedPdfIsStoredWithItsChecksumAndDownloads() throws Exception {
		byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		String name = "营业执照副本-" + System.nanoTime() + ".pdf";
		this.mvc
			.perform(multipart("/cases/{id}/evidence", this.viewCase)
				.file(new MockMultipartFile("file", name, "application/pdf", pdf))
				.param("kind", "SELF")
				.with(Users.institution(this.viewInstitution))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + this.viewCase + "/self#evidence"))
			.andExpect(flash().attribute("message", containsString(name)));
		CaseViews.EvidenceView file = this.fixture.detail(this.viewCase)
			.evidence()
			.stream()
			.filter(f -> f.fileName().equals(name))
			.findFirst()
			.orElseThrow();
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		assertThat(file.sha256()).isEqualTo(sha256);
		assertThat(file.sizeBytes()).isEqualTo(pdf.length);
		this.mvc.perform(get("/cases/{id}/self", this.viewCase).with(Users.institution(this.viewInstitution)))
			.andExpect(content().string(allOf(containsString(name), containsString(sha256.substring(0, 12)),
					containsString("/evidence/" + file.id()))));
		this.mvc.perform(get("/evidence/{id}", file.id()).with(Users.institution(this.viewInstitution)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition",
					allOf(containsString("attachment"),
							containsString("filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7"))))
			.andExpect(content().bytes(pdf));
	}

	@Test
	void aPdfThatIsNotOneIsRefusedInChinese() throws Exception {
		String name = "伪装文件-" + System.nanoTime() + ".pdf";
		this.mvc
			.perform(multipart("/cases/{id}/evidence", this.viewCase)
				.file(new MockMultipartFile("file", name, "application/pdf", "MZ this is an executable".getBytes()))
				.param("kind", "SELF")
				.with(Users.institution(this.viewInstitution))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("只接受 PDF、JPG、PNG、DOCX、XLSX 文件，且文件内容须与扩展名一致")));
		assertThat(this.fixture.detail(this.viewCase).evidence()).noneMatch(f -> f.fileName().equals(name));
	}

	@Test
	void anExpertMustDeclareBeforeSeeingTheSheet() throws Exception {
		var expert1 = Users.as(CaseFixture.expert("expert1"));
		this.mvc.perform(get("/cases/{id}/expert", this.panelCase).with(expert1))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + this.panelCase + "/declaration"));
		// issue 14: the case page asks an unsigned panel member to sign first (was a 404)
		this.mvc.perform(get("/cases/{id}", this.panelCase).with(expert1))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + this.panelCase + "/declaration"));
		this.mvc.perform(get("/cases/{id}/declaration", this.panelCase).with(expert1))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("本人承诺与该机构不存在任职、近三年为其提供有偿服务等利益冲突"), containsString("网页测试专家组"))));
		// Not on the panel: no declaration page either, and the case stays not found.
		this.mvc.perform(get("/cases/{id}/declaration", this.viewCase).with(expert1)).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/{id}", this.viewCase).with(expert1)).andExpect(status().isNotFound());
	}

	@Test
	void anExpertDoesNotSeeAnotherExpertsScoresBeforeSubmittingTheirOwn() throws Exception {
		var expert3 = Users.as(CaseFixture.expert("expert3"));
		this.mvc.perform(get("/cases/{id}/expert", this.independenceCase).with(expert3))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("专家三的草稿记录"), containsString("id=\"sheet-submit\""),
					containsString("自评 "), not(containsString("专家二独有的现场记录甲乙丙")))));
		this.mvc.perform(get("/cases/{id}", this.independenceCase).with(expert3))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("其他专家的评分在您提交本人评分后可见"), not(containsString("专家二独有的现场记录甲乙丙")))));
		// The lead (expert 2) has submitted and sees the others' submitted sheets only.
		this.mvc.perform(get("/cases/{id}", this.independenceCase).with(Users.as(CaseFixture.expert("expert2"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("汇总并提交初定等级"))));
	}

}
