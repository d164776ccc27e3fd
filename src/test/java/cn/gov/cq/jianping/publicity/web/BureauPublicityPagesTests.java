package cn.gov.cq.jianping.publicity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.evaluation.EvaluationCases;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.publicity.ObjectionFiling;
import cn.gov.cq.jianping.publicity.ObjectionForm;
import cn.gov.cq.jianping.publicity.ObjectionReviews;
import cn.gov.cq.jianping.publicity.ObjectionView;
import cn.gov.cq.jianping.publicity.Publicities;
import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.IdNumber;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.Users;
import cn.gov.cq.jianping.support.PublicityUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * The bureau's publicity, re-review and announcement pages (第十二条 to 第十四条), driven through
 * MockMvc on a moved clock, with a round and institutions of their own.
 */
@IntegrationTest
class BureauPublicityPagesTests {

	static final ZoneId ZONE = TimeConfiguration.ZONE;

	static final CurrentUser BUREAU = PublicityUsers.bureau();

	static final CurrentUser CENTER = PublicityUsers.center();

	static final String ID_FIRST17 = "50010519900307123";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	EvaluationCases cases;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	Publicities publicities;

	@Autowired
	ObjectionFiling filing;

	@Autowired
	ObjectionReviews objections;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	private long roundId;

	private long caseId;

	private String institutionName;

	private LocalDate tomorrow;

	@BeforeEach
	void oneApprovedCase() {
		this.clock.setInstant(LocalDate.of(2027, 4, 6).atTime(9, 0).atZone(ZONE).toInstant());
		LocalDate today = LocalDate.now(this.clock);
		this.tomorrow = today.plusDays(1);
		long institutionId = institution("页面公示测试机构");
		this.roundId = this.rounds.create(BUREAU, new EvaluationRounds.RoundForm("公示页面测试批次" + System.nanoTime(), 2027,
				this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(), this.ruleSets.defaultFor(RubricCode.LEVEL).id(),
				today, today, today.plusDays(5), ConsolidationMethod.MEAN));
		this.rounds.launch(CENTER, this.roundId, null);
		this.caseId = new PublicFixture(this.context).approve(this.roundId, institutionId, new BigDecimal("10"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theBureauOpensAPublicityFromThePageAfterConfirming() throws Exception {
		this.mvc.perform(get("/publicity").with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"open-form-" + this.roundId + "\""),
					containsString("data-confirm=\"发布后"), containsString("value=\"" + this.tomorrow + "\""),
					containsString("id=\"case-" + this.caseId + "\""), containsString(this.institutionName))));

		// Working days are counted on the State Council schedule the bureau keeps per
		// year
		// (第十二条); this test's clock is in 2027, so the bureau enters that year first.
		this.mvc
			.perform(post("/publicity/holidays/years").with(Users.bureau())
				.with(csrf())
				.param("year", String.valueOf(this.tomorrow.getYear()))
				.param("source", "测试：" + this.tomorrow.getYear() + "年部分节假日安排"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/publicity").with(Users.bureau())
				.with(csrf())
				.param("roundId", String.valueOf(this.roundId))
				.param("start", this.tomorrow.toString())
				.param("days", "10")
				.param("dayKind", "WORKING")
				.param("lengthReason", "跨节假日，按工作日计算以保障异议期")
				.param("caseIds", String.valueOf(this.caseId)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/publicity/*"))
			.andExpect(flash().attribute("message", containsString("公示已发布：1 个机构")));

		Publicities.EntryView entry = entryOf(this.caseId);
		Publicities.PublicityView opened = this.publicities.view(entry.publicityId());
		assertThat(opened.start()).isEqualTo(this.tomorrow);
		assertThat(opened.dayKind()).isEqualTo(DayKind.WORKING);
		this.mvc.perform(get("/publicity/" + opened.id()).with(Users.bureau()))
			.andExpect(status().isOk())
			// issue 14: the entry of a publicity starting tomorrow says 未开始, as its
			// period
			// does (it said 公示中 beside the period's 未开始)
			.andExpect(content().string(allOf(containsString(this.institutionName), containsString("<td>未开始</td>"),
					not(containsString("<td>公示中</td>")),
					containsString("/publicity/entries/" + entry.id() + "/objections"), containsString("10 个工作日"))));
		this.mvc.perform(get("/publicity").with(Users.bureau()))
			.andExpect(content().string(allOf(containsString(opened.title()), containsString("10 个工作日"),
					not(containsString("id=\"case-" + this.caseId + "\"")))));
		// 第十二条: the public notice says the length and why it is not 10 natural days
		this.clock.setInstant(this.tomorrow.atTime(9, 0).atZone(ZONE).toInstant());
		this.mvc.perform(get("/public/publicity"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"length-" + entry.id() + "\""),
					containsString("10 个工作日（理由：跨节假日，按工作日计算以保障异议期）"))));
	}

	@Test
	void anInvalidStartDateOrDayCountIsShownBesideTheFieldWithTheInputKept() throws Exception {
		LocalDate yesterday = this.tomorrow.minusDays(2);
		this.mvc
			.perform(post("/publicity").with(Users.bureau())
				.with(csrf())
				.param("roundId", String.valueOf(this.roundId))
				.param("start", yesterday.toString())
				.param("days", "12")
				.param("dayKind", "NATURAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"start-" + this.roundId + "-error\""),
					containsString("公示开始日期不能早于今天"), containsString("value=\"" + yesterday + "\""),
					containsString("value=\"12\""), containsString("id=\"publicity-form-errors\""))));
		this.mvc
			.perform(post("/publicity").with(Users.bureau())
				.with(csrf())
				.param("roundId", String.valueOf(this.roundId))
				.param("start", this.tomorrow.toString())
				.param("days", "0")
				.param("dayKind", "NATURAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"days-" + this.roundId + "-error\""),
					containsString("公示期应为 1 至 60 天"), containsString("value=\"0\""))));
		this.mvc
			.perform(post("/publicity").with(Users.bureau())
				.with(csrf())
				.param("roundId", String.valueOf(this.roundId))
				.param("start", "2027-02-30")
				.param("days", "十")
				.param("dayKind", "NATURAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请按“年-月-日”填写有效的公示开始日期"),
					containsString("value=\"2027-02-30\""), containsString("value=\"十\""))));
		assertThat(this.publicities.list().stream().flatMap(p -> p.entries().stream()))
			.noneMatch(e -> e.caseId() == this.caseId);
	}

	@Test
	void theObjectionListMasksPersonalDataAndRevealingItIsRecorded() throws Exception {
		long entryId = openAndObject();
		String idNumber = idNumber();
		long objectionId = this.objections.ofEntry(BUREAU, entryId).get(0).id();
		this.mvc.perform(get("/publicity/entries/" + entryId + "/objections").with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("张*"),
					containsString("5001**********" + idNumber.substring(14)), containsString("138****5678"),
					containsString("现场监控记录可证明"), containsString("id=\"reveal-" + objectionId + "\""),
					containsString("id=\"decide-form-" + objectionId + "\""),
					containsString("data-confirm=\"复核结论将告知异议人；异议成立的，该机构将退回重新评估。确定提交吗？\""),
					not(containsString(idNumber)), not(containsString("13812345678")), not(containsString("张三")))));
		this.mvc.perform(get("/objections").with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString(this.institutionName), containsString("张*"), not(containsString(idNumber)))));

		Integer before = audits(objectionId);
		this.mvc.perform(post("/objections/" + objectionId + "/reveal").with(Users.bureau()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(idNumber), containsString("13812345678"),
					containsString("张三"), containsString("查看行为已记录"))));
		assertThat(audits(objectionId)).isEqualTo(before + 1);
	}

	@Test
	void aReReviewWithAMissingFieldKeepsTheInputAndNamesTheField() throws Exception {
		long entryId = openAndObject();
		ObjectionView objection = this.objections.ofEntry(BUREAU, entryId).get(0);
		this.mvc
			.perform(post("/objections/" + objection.id() + "/decide").with(Users.bureau())
				.with(csrf())
				.param("entryId", String.valueOf(entryId))
				.param("version", String.valueOf(objection.version()))
				.param("verification", "调阅了第三批次考场监控录像")
				.param("verifiedBy", "")
				.param("upheld", "false")
				.param("conclusion", "监控显示考生身份一致")
				.param("reply", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"verifiedBy-" + objection.id() + "-error\""),
					containsString("请填写核查人"), containsString("请填写答复异议人的内容"), containsString("调阅了第三批次考场监控录像"),
					containsString("监控显示考生身份一致"))));
		assertThat(this.objections.ofEntry(BUREAU, entryId).get(0).decided()).isFalse();
	}

	@Test
	void aStaleReReviewIsRefusedAsEditedBySomeoneElse() throws Exception {
		long entryId = openAndObject();
		ObjectionView objection = this.objections.ofEntry(BUREAU, entryId).get(0);
		this.mvc.perform(decide(objection.id(), entryId, objection.version() + 1, "true").with(Users.bureau()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("已被他人修改，请刷新后重试"), containsString("现场核查确有替考"))));
		assertThat(this.objections.ofEntry(BUREAU, entryId).get(0).decided()).isFalse();
	}

	@Test
	void anUpheldObjectionSendsTheCaseBackForReEvaluation() throws Exception {
		long entryId = openAndObject();
		ObjectionView objection = this.objections.ofEntry(BUREAU, entryId).get(0);
		this.mvc.perform(decide(objection.id(), entryId, objection.version(), "true").with(Users.bureau()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/publicity/entries/" + entryId + "/objections"))
			.andExpect(flash().attribute("message", containsString("异议成立，该机构已退回重新评估")));
		assertThat(this.cases.detail(CENTER, this.caseId).summary().stage()).isEqualTo(CaseStage.CENTER_EVALUATION);
		this.mvc.perform(get("/publicity/entries/" + entryId + "/objections").with(Users.bureau()))
			.andExpect(content().string(allOf(containsString("id=\"decision-" + objection.id() + "\""),
					containsString("异议成立"), not(containsString("id=\"decide-form-" + objection.id() + "\"")))));
	}

	@Test
	void theBureauHomeCountsPendingObjections() throws Exception {
		openAndObject();
		int pending = this.objections.pending(BUREAU).size();
		this.mvc.perform(get("/home/bureau").with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"institution-count\""),
					containsString("id=\"pending-objection-count\">" + pending + "<"),
					containsString("href=\"/objections\""), containsString("href=\"/publicity\""))));
	}

	@Test
	void onlyTheBureauReachesThePublicityPages() throws Exception {
		List<RequestPostProcessor> others = List.of(Users.institution(1L), Users.district("500112"), Users.center(),
				Users.expert());
		for (String path : List.of("/publicity", "/objections", "/announcements")) {
			for (RequestPostProcessor user : others) {
				this.mvc.perform(get(path).with(user)).andExpect(status().isForbidden());
			}
			this.mvc.perform(get(path).with(Users.bureau())).andExpect(status().isOk());
		}
		this.mvc.perform(post("/publicity/confirm-due").with(Users.center()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAnnouncementIsPublishedAfterTheGradesAreConfirmed() throws Exception {
		this.publicities.open(BUREAU, this.roundId, List.of(this.caseId), this.tomorrow, 10, DayKind.NATURAL);
		this.mvc.perform(
				post("/announcements").with(Users.bureau()).with(csrf()).param("roundId", String.valueOf(this.roundId)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "该批次没有尚未公告的已确定等级"));

		this.clock.setInstant(this.tomorrow.plusDays(10).atTime(0, 0, 1).atZone(ZONE).toInstant());
		this.mvc.perform(post("/publicity/confirm-due").with(Users.bureau()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/publicity"))
			.andExpect(flash().attribute("message", containsString("确定了")));
		assertThat(entryOf(this.caseId).status()).isEqualTo("已确定");

		this.mvc.perform(get("/announcements").with(Users.bureau()))
			.andExpect(content().string(allOf(containsString("id=\"announce-form-" + this.roundId + "\""),
					containsString("data-confirm=\"公告发布后"))));
		this.mvc.perform(
				post("/announcements").with(Users.bureau()).with(csrf()).param("roundId", String.valueOf(this.roundId)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/announcements"))
			.andExpect(flash().attribute("message", containsString("公告已发布")));
		Long announcement = this.jdbc.queryForObject("select max(id) from announcement where round_id = ?", Long.class,
				this.roundId);
		assertThat(this.jdbc.queryForObject("select count(*) from confirmed_grade where announcement_id = ?",
				Integer.class, announcement))
			.isEqualTo(1);
		this.mvc.perform(get("/announcements").with(Users.bureau()))
			.andExpect(content().string(allOf(containsString("/public/announcements/" + announcement + ".pdf"),
					containsString("/public/announcements/" + announcement + ".xlsx"))));
	}

	private MockHttpServletRequestBuilder decide(long objectionId, long entryId, long version, String upheld) {
		return post("/objections/" + objectionId + "/decide").with(csrf())
			.param("entryId", String.valueOf(entryId))
			.param("version", String.valueOf(version))
			.param("verification", "现场核查确有替考")
			.param("verifiedBy", "王科长")
			.param("upheld", upheld)
			.param("conclusion", "异议成立")
			.param("reply", "经核查属实，已责成重新评估。");
	}

	/** Opens a publicity for the case tomorrow and files an objection the day after. */
	private long openAndObject() {
		this.publicities.open(BUREAU, this.roundId, List.of(this.caseId), this.tomorrow, 10, DayKind.NATURAL);
		long entryId = entryOf(this.caseId).id();
		this.clock.setInstant(this.tomorrow.plusDays(1).atTime(10, 0).atZone(ZONE).toInstant());
		this.filing.file(new ObjectionForm(entryId, "PERSON", "张三", idNumber(), "13812345678", null, null, null,
				"该机构在 2026 年第三批次评价中存在替考现象，现场监控记录可证明。", true, true), List.of());
		return entryId;
	}

	private static String idNumber() {
		return ID_FIRST17 + IdNumber.checkCharacter(ID_FIRST17);
	}

	private Integer audits(long objectionId) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = '查看异议人完整个人信息' and target_id = ?", Integer.class,
				String.valueOf(objectionId));
	}

	private Publicities.EntryView entryOf(long caseId) {
		return this.publicities.list()
			.stream()
			.flatMap(p -> p.entries().stream())
			.filter(e -> e.caseId() == caseId)
			.max(Comparator.comparingLong(Publicities.EntryView::id))
			.orElseThrow();
	}

	private long institution(String name) {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52500000MQ" + serial;
		LocalDate registered = LocalDate.of(2024, 6, 1);
		this.institutionName = name + serial;
		return this.registry.create(CENTER,
				new InstitutionForm(this.institutionName, first17 + CreditCode.checkCharacter(first17),
						InstitutionType.APPRAISAL, "CITY", "公示页测备〔2024〕" + serial + "号", registered,
						registered.plusYears(5), "电工", "某地", "测试", "13800003333", null));
	}

}
